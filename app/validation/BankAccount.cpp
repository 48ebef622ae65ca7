#include "BankAccount.h"

#include "InputText.h"

FieldVerdict BankAccount::check(const QString &input)
{
    const auto wrongLength = [](qsizetype length) {
        return FieldVerdict::error(tr("A corporate account number has 10 to 30 digits; this one "
                                      "has %1.",
            "@info validation")
                                       .arg(length));
    };
    if (InputText::isFarTooLong(input, MaxDigits))
        return wrongLength(input.size());
    const QString digits = InputText::withoutSeparators(input, {});
    if (digits.isEmpty())
        return FieldVerdict::error(tr("Enter the corporate account number.", "@info validation"));
    const qsizetype bad = InputText::firstNotAllowed(digits, InputText::isAsciiDigit);
    if (bad >= 0)
        return FieldVerdict::error(
            tr("An account number has digits only; %1 is not a digit.", "@info validation")
                .arg(InputText::describe(digits, bad)));
    if (digits.size() < MinDigits || digits.size() > MaxDigits)
        return wrongLength(digits.size());
    return FieldVerdict::ok(digits);
}
