import IntakeCore
import Testing

struct PhoneNumberNormalizerTests {
    @Test(arguments: [
        ("13800138000", "+8613800138000"),
        ("138 0013 8000", "+8613800138000"),
        ("138-0013-8000", "+8613800138000"),
        ("+86 138 0013 8000", "+8613800138000"),
        ("0086 13800138000", "+8613800138000"),
        ("8613800138000", "+8613800138000"),
        ("１３８００１３８０００", "+8613800138000"),
        ("＋86 13800138000", "+8613800138000"),
        ("010-12345678", "+861012345678"),
        ("(0755) 8888 6666", "+8675588886666"),
        ("+86 (0)755 8888 6666", "+8675588886666"),
        ("400-810-8888", "+864008108888"),
        ("+852 2345 6789", "+85223456789"),
        ("+1 (415) 555-2671", "+14155552671"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+44 (0)20 7946 0958", "+442079460958"),
        ("+972 3 123 4567", "+97231234567"),
    ])
    func normalisesToE164(input: String, expected: String) throws {
        let normalizer = try #require(PhoneNumberNormalizer(defaultRegion: "CN"))
        #expect(try normalizer.normalize(input) == expected)
    }

    @Test(arguments: [
        ("12345", PhoneNumberNormalizer.Failure.invalidLength(digits: 5)),
        ("138001380001234", PhoneNumberNormalizer.Failure.invalidLength(digits: 15)),
        ("call me at 138", PhoneNumberNormalizer.Failure.invalidCharacters),
        ("138+0013", PhoneNumberNormalizer.Failure.invalidCharacters),
        ("+86 138 0013 80", PhoneNumberNormalizer.Failure.invalidLength(digits: 11)),
    ])
    func refusesWhatIsNotAPhoneNumber(input: String, failure: PhoneNumberNormalizer.Failure) throws {
        let normalizer = try #require(PhoneNumberNormalizer(defaultRegion: "CN"))
        #expect(throws: failure) { try normalizer.normalize(input) }
    }

    @Test func readsNationalNumbersInTheConfiguredRegion() throws {
        let us = try #require(PhoneNumberNormalizer(defaultRegion: "us"))
        #expect(try us.normalize("(415) 555-2671") == "+14155552671")
        #expect(try us.normalize("1 415 555 2671") == "+14155552671")
        let hongKong = try #require(PhoneNumberNormalizer(defaultRegion: "HK"))
        #expect(try hongKong.normalize("2345 6789") == "+85223456789")
        #expect(PhoneNumberNormalizer(defaultRegion: "XX") == nil)
    }
}
