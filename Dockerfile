# One image for the API and the worker; the command chooses which one runs.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm run build:workflows
ENV WORKFLOW_BUNDLE_PATH=/app/dist/workflow-bundle.js
EXPOSE 3000
CMD ["npm", "run", "api"]
