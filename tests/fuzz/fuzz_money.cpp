// Fuzzes the bank fields: corporate account number and verification deposit.
#include "FuzzInput.h"

#include "validation/BankAccount.h"
#include "validation/DepositAmount.h"
#include "validation/InputText.h"

using FuzzInput::checked;
using FuzzInput::require;

namespace {

void testBankAccount(const QString &input)
{
    const FieldVerdict verdict = checked(BankAccount::check, input);
    if (verdict.blocks())
        return;
    require(verdict.level == FieldVerdict::Ok);
    require(InputText::isAsciiDigits(verdict.normalized));
    require(verdict.normalized.size() >= BankAccount::MinDigits
        && verdict.normalized.size() <= BankAccount::MaxDigits);
}

void testDeposit(const QString &input)
{
    const FieldVerdict verdict = checked(DepositAmount::check, input);
    const std::optional<qint64> fen = depositFen(input);
    require(fen.has_value() == !verdict.blocks());
    if (!fen)
        return;
    require(*fen > 0 && *fen <= DepositAmount::MaxFen);
    require(verdict.normalized
        == QStringLiteral("%1.%2").arg(*fen / 100).arg(*fen % 100, 2, 10, QLatin1Char('0')));
    require(depositFen(verdict.normalized) == fen);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput::forEachDecoding(data, size, [](const QString &input) {
        testBankAccount(input);
        testDeposit(input);
    });
    return 0;
}
