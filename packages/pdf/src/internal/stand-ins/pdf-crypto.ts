/**
 * Stands in for `@cantoo/pdf-lib`'s encryption module (`es/core/crypto.js`) in the built package
 * (see `scripts/stand-ins.ts`). Its ciphers and hashes (RC4, AES, MD5, SHA-2: 11 kB gzip) serve
 * `PDFDocument.encrypt` and the reading of encrypted files with a password. This package never
 * encrypts (PDF/A forbids it, and `saveDeterministic` refuses an encrypted document) and never
 * reads with a password (its checker reads the files it wrote). Every name the library imports is
 * here, with the methods of the real classes: the classes can be constructed (pdf-lib makes a
 * `PDF20` when its security module loads), and each function and method throws when called.
 *
 * @example
 * new PDF20().hash() // throws
 */
function refuse(): never {
  throw new Error("@pacte/pdf ne chiffre ni ne déchiffre de PDF (le chiffrement n’est pas inclus ; PDF/A l’interdit).");
}

/** @example new AES128Cipher()._expandKey() // throws */
export class AES128Cipher {
  _expandKey = refuse;
}
/** @example new AES256Cipher()._expandKey() // throws */
export class AES256Cipher {
  _expandKey = refuse;
}
/** @example new ARCFourCipher().encrypt() // throws */
export class ARCFourCipher {
  encryptBlock = refuse;
  decryptBlock = refuse;
  encrypt = refuse;
}
/** @example new CipherTransform().decryptBytes() // throws */
export class CipherTransform {
  createStream = refuse;
  decryptString = refuse;
  decryptBytes = refuse;
  encryptString = refuse;
}
/**
 * Refuses at once: pdf-lib makes one only to read an encrypted file with a password.
 *
 * @example
 * new CipherTransformFactory() // throws
 */
export class CipherTransformFactory {
  constructor() {
    refuse();
  }
}
/** @example new PDF17().getUserKey() // throws */
export class PDF17 {
  checkOwnerPassword = refuse;
  checkUserPassword = refuse;
  getOwnerKey = refuse;
  getUserKey = refuse;
}
/** @example new PDF20().hash() // throws */
export class PDF20 {
  calculatePDF20Hash = refuse;
  hash = refuse;
  checkOwnerPassword = refuse;
  checkUserPassword = refuse;
  getOwnerKey = refuse;
  getUserKey = refuse;
}
/** @example calculateMD5() // throws */
export const calculateMD5 = refuse;
/** @example calculateSHA256() // throws */
export const calculateSHA256 = refuse;
/** @example calculateSHA384() // throws */
export const calculateSHA384 = refuse;
/** @example calculateSHA512() // throws */
export const calculateSHA512 = refuse;
/** @example encodeRevision6Password() // throws */
export const encodeRevision6Password = refuse;
/** No Node bindings either. @example getNodeCrypto() //=> undefined */
export const getNodeCrypto = (): undefined => undefined;
