#include "SocialCreditCode.h"

#include "FixedLengthCode.h"

namespace {

// The character set of GB 32100; a character's value is its index. The letters
// I, O, S, V and Z are left out so they cannot be mistaken for digits.
constexpr QStringView CodeCharacters = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int Modulus = 31;

const FixedLengthCode::Shape CodeShape {
    SocialCreditCode::Length,
    [](QChar c, qsizetype) { return SocialCreditCode::isCodeCharacter(c); },
    [] {
        return SocialCreditCode::tr("Enter the unified social credit code.", "@info validation");
    },
    [](qsizetype length) {
        return SocialCreditCode::tr(
            "A unified social credit code has 18 characters; this one has %1.", "@info validation")
            .arg(length);
    },
    [](const QString &character, qsizetype index) {
        return SocialCreditCode::tr("The character %1 at position %2 cannot appear in a unified "
                                    "social credit code (it uses the digits and the letters A to "
                                    "Y without I, O, S, V and Z).",
            "@info validation")
            .arg(character)
            .arg(index + 1);
    },
};

} // namespace

bool SocialCreditCode::isCodeCharacter(QChar c)
{
    return CodeCharacters.contains(c);
}

QChar SocialCreditCode::checkCharacter(QStringView code)
{
    if (code.size() < Length - 1)
        return {};
    int sum = 0;
    int weight = 1; // 3^i mod 31
    for (const QChar c : code.first(Length - 1)) {
        const qsizetype value = CodeCharacters.indexOf(c);
        if (value < 0)
            return {};
        sum = (sum + int(value) * weight) % Modulus;
        weight = weight * 3 % Modulus;
    }
    return CodeCharacters[(Modulus - sum) % Modulus];
}

FieldVerdict SocialCreditCode::check(const QString &input)
{
    const Result<QString> read = FixedLengthCode::read(input, CodeShape);
    if (!read)
        return FieldVerdict::error(read.error().message);
    const QString &code = read.value();
    const QChar expected = checkCharacter(code);
    if (code.back() != expected)
        return FieldVerdict::warning(
            tr("The check character should be '%1', not '%2'. Compare the code with the "
               "business licence: a few genuine codes fail this check, so if yours matches "
               "the licence exactly you can keep it and give a reason.",
                "@info validation")
                .arg(expected)
                .arg(code.back()),
            code);
    return FieldVerdict::ok(code);
}
