//! The pseudo-locale's text: each ASCII letter replaced by an accented one that reads the same,
//! and each vowel written twice, so a message grows by about 40% and any English word that did
//! not come through a message is plain to see (it alone is still in ASCII letters).

use std::borrow::Cow;

const SMALL: [char; 26] = [
    'ȧ', 'ƀ', 'ƈ', 'ḓ', 'ḗ', 'ƒ', 'ɠ', 'ħ', 'ī', 'ĵ', 'ķ', 'ŀ', 'ḿ', 'ƞ', 'ǿ', 'ƥ', 'ɋ', 'ř', 'ş',
    'ŧ', 'ŭ', 'ṽ', 'ẇ', 'ẋ', 'ẏ', 'ẑ',
];
const CAPITAL: [char; 26] = [
    'Ȧ', 'Ɓ', 'Ƈ', 'Ḓ', 'Ḗ', 'Ƒ', 'Ɠ', 'Ħ', 'Ī', 'Ĵ', 'Ķ', 'Ŀ', 'Ḿ', 'Ƞ', 'Ǿ', 'Ƥ', 'Ɋ', 'Ř', 'Ş',
    'Ŧ', 'Ŭ', 'Ṽ', 'Ẇ', 'Ẋ', 'Ẏ', 'Ẑ',
];

/// The pseudo-locale's form of a piece of text (as Fluent's transform hook wants it).
pub fn transform(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let (map, base) = match c {
            'a'..='z' => (&SMALL, b'a'),
            'A'..='Z' => (&CAPITAL, b'A'),
            _ => {
                out.push(c);
                continue;
            }
        };
        let accented = map[usize::from(c as u8 - base)];
        out.push(accented);
        if matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y') {
            out.push(accented);
        }
    }
    Cow::Owned(out)
}

/// The same for a whole text (content shown in the pseudo-locale).
pub fn pseudo(text: &str) -> String {
    transform(text).into_owned()
}
