import { expect } from 'chai';
import { formatNiss, isValidNiss, maskNiss } from '../../common/niss';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { randomBytes } from 'node:crypto';

describe('NISS', () => {
  it('accepts numbers of people born before 2000', () => {
    // 85073003328: 97 - (850730033 % 97) = 28
    expect(isValidNiss('85073003328')).to.equal(true);
    expect(isValidNiss('85.07.30-033.28')).to.equal(true);
  });

  it('accepts numbers of people born in 2000 or later', () => {
    // 97 - ((2000000000 + 010203004) % 97)
    const base = '010203004';
    const check = String(97 - ((2_000_000_000 + Number(base)) % 97)).padStart(2, '0');
    expect(isValidNiss(base + check)).to.equal(true);
    const wrong = String((Number(check) % 97) + 1).padStart(2, '0');
    expect(isValidNiss(base + wrong)).to.equal(false);
  });

  it('refuses a wrong check, letters and wrong lengths', () => {
    expect(isValidNiss('85073003329')).to.equal(false);
    expect(isValidNiss('8507300332')).to.equal(false);
    expect(isValidNiss('85O73003328')).to.equal(false);
  });

  it('writes and masks the number as on an identity card', () => {
    expect(formatNiss('85073003328')).to.equal('85.07.30-033.28');
    expect(maskNiss('85073003328')).to.equal('••.••.••-•••.28');
  });

  it('encrypts at rest: no clear text, random per write, readable with the key only', () => {
    const cipher = createPersonalDataCipher(randomBytes(32).toString('base64'));
    const a = cipher.encrypt('85073003328');
    const b = cipher.encrypt('85073003328');
    expect(a).not.to.contain('85073003328');
    expect(a).not.to.equal(b);
    expect(cipher.decrypt(a)).to.equal('85073003328');
    expect(cipher.fingerprint('85073003328')).to.equal(cipher.fingerprint('85073003328'));
    const other = createPersonalDataCipher(randomBytes(32).toString('base64'));
    expect(() => other.decrypt(a)).to.throw();
  });
});
