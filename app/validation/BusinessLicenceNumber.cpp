#include "BusinessLicenceNumber.h"

#include "FixedLengthCode.h"
#include "InputText.h"

namespace {

const FixedLengthCode::Shape NumberShape {
    BusinessLicenceNumber::Length,
    [](QChar c, qsizetype) { return InputText::isAsciiDigit(c); },
    [] {
        return BusinessLicenceNumber::tr(
            "Enter the business-licence registration number.", "@info validation");
    },
    [](qsizetype length) {
        return BusinessLicenceNumber::tr(
            "A business-licence registration number has 15 digits; this one has %1.",
            "@info validation")
            .arg(length);
    },
    [](const QString &character, qsizetype index) {
        return BusinessLicenceNumber::tr("The character %1 at position %2 is not a digit; a "
                                         "registration number has digits only.",
            "@info validation")
            .arg(character)
            .arg(index + 1);
    },
};

} // namespace

QChar BusinessLicenceNumber::checkDigit(QStringView number)
{
    // ISO 7064 MOD 11,10: the product P runs through 1..10 and never reaches 0.
    if (number.size() < Length - 1 || !InputText::isAsciiDigits(number.first(Length - 1)))
        return {};
    int product = 10;
    for (const QChar c : number.first(Length - 1)) {
        int sum = (product + (c.unicode() - u'0')) % 10;
        if (sum == 0)
            sum = 10;
        product = 2 * sum % 11;
    }
    return QChar(char16_t(u'0' + (11 - product) % 10));
}

FieldVerdict BusinessLicenceNumber::check(const QString &input)
{
    const Result<QString> read = FixedLengthCode::read(input, NumberShape);
    if (!read)
        return FieldVerdict::error(read.error().message);
    const QString &number = read.value();
    const QChar expected = checkDigit(number);
    if (number.back() != expected)
        return FieldVerdict::error(tr("The last digit should be '%1', not '%2'. Compare the "
                                      "number with the business licence.",
            "@info validation")
                                       .arg(expected)
                                       .arg(number.back()));
    return FieldVerdict::ok(number);
}
