#include "MobileNumber.h"

#include "InputText.h"

namespace {

constexpr QStringView Separators = u"-()[].";
constexpr QStringView CountryCode = u"+86";

// The national number without the country code, or the text as it is when
// there is none. A bare 86 only counts in front of a full 11-digit number.
QStringView withoutCountryCode(QStringView number)
{
    if (number.startsWith(CountryCode))
        return number.sliced(CountryCode.size());
    if (number.startsWith(u"0086"))
        return number.sliced(4);
    if (number.startsWith(u"86") && number.size() == MobileNumber::Digits + 2)
        return number.sliced(2);
    return number;
}

} // namespace

FieldVerdict MobileNumber::check(const QString &input)
{
    const auto wrongLength = [](qsizetype length) {
        return FieldVerdict::error(
            tr("A mainland mobile number has 11 digits; this one has %1.", "@info validation")
                .arg(length));
    };
    if (InputText::isFarTooLong(input, Digits + CountryCode.size()))
        return wrongLength(input.size());
    const QString typed = InputText::withoutSeparators(input, Separators);
    if (typed.isEmpty())
        return FieldVerdict::error(tr("Enter a mobile number.", "@info validation"));
    const QStringView national = withoutCountryCode(typed);
    if (national.startsWith(u'+') || national.startsWith(u"00"))
        return FieldVerdict::error(tr("Only mainland China mobile numbers (+86) can be used "
                                      "here.",
            "@info validation"));
    const qsizetype bad = InputText::firstNotAllowed(national, InputText::isAsciiDigit);
    if (bad >= 0)
        return FieldVerdict::error(
            tr("A mobile number has digits only; %1 is not a digit.", "@info validation")
                .arg(InputText::describe(national, bad)));
    if (national.size() != Digits)
        return wrongLength(national.size());
    if (national[0] != u'1')
        return FieldVerdict::error(
            tr("A mainland mobile number starts with 1, not %1.", "@info validation")
                .arg(national[0]));
    if (national[1] < u'3')
        return FieldVerdict::error(
            tr("A mainland mobile number starts with 13 to 19, not %1.", "@info validation")
                .arg(national.first(2)));
    return FieldVerdict::ok(national.toString().prepend(CountryCode));
}
