/** Documents cited in cells ("Quyết định số 123/QĐ-UBND", "KH 45/KH-SKHCN"), as folded text. */

/** A document's name or short name (folded). */
export const DOCUMENT_WORDS = 'cong van|cv|quyet dinh|qd|bao cao|bc|to trinh|ttr|ke hoach|kh|thong bao|tb|van ban|vb|giay moi|nghi quyet|chi thi|huong dan|chuong trinh|de an|bien ban';

/** A document's number with its issuer's code (folded): "123/qd-ubnd", "số 45/kh-skhcn", "13/2023/nd-cp". */
export const DOCUMENT_NUMBER = String.raw`(?:so\s*)?\d+(?:\/\d+)?\/[a-z][a-z\d&.-]*(?:\/[a-z\d&.-]+)*`;
