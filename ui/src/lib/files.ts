/** The file's bytes as base64 (without the `data:…;base64,` prefix), as the API takes uploads. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('lecture impossible'));
    reader.readAsDataURL(file);
  });
}

/** Files larger than this are refused before they are sent (the server checks again). */
export const FILE_MAX_BYTES = 5 * 1024 * 1024;
