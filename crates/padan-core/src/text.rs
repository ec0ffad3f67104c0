//! From bytes to text: UTF-8 is checked, nothing is rewritten.
//!
//! padan reports byte offsets into the input exactly as given, so a byte-order mark and
//! CRLF line endings stay in the text; the tokenizer treats them as space.

use crate::error::InputError;

/// The byte-order mark some editors put at the start of a UTF-8 file.
pub const BOM: char = '\u{feff}';

/// Checks that `bytes` are UTF-8 and returns them as text, unchanged.
///
/// ```
/// assert_eq!(padan_core::decode(b"\xEF\xBB\xBFdamai").unwrap(), "\u{feff}damai");
/// let err = padan_core::decode(b"da\xFFmai").unwrap_err();
/// assert_eq!(err.offset, 2);
/// ```
pub fn decode(bytes: &[u8]) -> Result<&str, InputError> {
    std::str::from_utf8(bytes).map_err(|e| InputError { offset: e.valid_up_to() })
}
