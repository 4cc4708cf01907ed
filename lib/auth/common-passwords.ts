// The most common leaked passwords of 12 characters or more, plus local favourites; a
// password on this list is refused whatever its length. Compared lower-case.
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "123456789012", "1234567890123", "12345678901234", "123456789123", "1q2w3e4r5t6y", "1qaz2wsx3edc",
  "qwertyuiopas", "qwertyuiop123", "qwerty123456", "qwertyuiop[]", "password1234", "password12345",
  "password123!", "passw0rd1234", "p@ssw0rd1234", "p@ssword1234", "iloveyou1234", "letmein12345",
  "welcome12345", "welcome123456", "admin1234567", "administrator", "abcdefghijkl", "abc123456789",
  "aaaaaaaaaaaa", "111111111111", "000000000000", "987654321098", "zaq12wsxcde3", "asdfghjkl123",
  "changeme1234", "trustno11234", "sunshine1234", "princess1234", "football1234", "baseball1234",
  "superman1234", "michael12345", "dragon123456", "monkey123456", "shadow123456", "master123456",
  "starwars1234", "whatever1234", "incubase1234", "incubase2026", "hongkong1234", "hongkong2026",
  "hkstp1234567", "sciencepark1", "biotech12345", "password2026", "password2025", "summer2026!!",
  "winter2026!!", "spring2026!!", "autumn2026!!", "correcthorsebatterystaple",
]);
