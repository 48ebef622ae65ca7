#include "DepositAmount.h"

#include "InputText.h"

namespace {

constexpr qsizetype MaxTypedLength = 32;
constexpr QStringView YuanSigns = u"\u00A5\uFFE5"; // ¥ and full-width ￥

struct ParsedAmount
{
    qint64 fen = 0;
    QString problem; // translated; empty when the amount is accepted
};

QString formatProblem()
{
    return DepositAmount::tr("Enter the amount in yuan with at most two decimals, for example "
                             "0.35.",
        "@info validation");
}

// Digits before and after the decimal point; fraction empty without a point.
struct AmountParts
{
    QStringView whole;
    QStringView fraction;
    bool hasPoint = false;
};

AmountParts split(QStringView amount)
{
    const qsizetype point = amount.indexOf(u'.');
    if (point < 0)
        return {amount, {}, false};
    return {amount.first(point), amount.sliced(point + 1), true};
}

ParsedAmount parse(const QString &input)
{
    if (input.size() > MaxTypedLength)
        return {0, formatProblem()};
    QString amount = InputText::foldFullWidth(input.trimmed());
    if (!amount.isEmpty() && YuanSigns.contains(amount.front()))
        amount = amount.sliced(1).trimmed();
    if (amount.isEmpty())
        return {0,
            DepositAmount::tr("Enter the amount that arrived in the account, for example "
                              "0.35.",
                "@info validation")};
    if (amount.startsWith(u'-'))
        return {0, DepositAmount::tr("The amount must be more than zero.", "@info validation")};
    const AmountParts parts = split(amount);
    if (parts.whole.isEmpty() || !InputText::isAsciiDigits(parts.whole)
        || !InputText::isAsciiDigits(parts.fraction)
        || (parts.hasPoint && parts.fraction.isEmpty()))
        return {0, formatProblem()};
    if (parts.fraction.size() > 2)
        return {0,
            DepositAmount::tr("The amount can have at most two decimals (yuan and fen); %1 "
                              "has %2.",
                "@info validation")
                .arg(amount)
                .arg(parts.fraction.size())};
    bool fits = false;
    const qint64 yuan = parts.whole.toLongLong(&fits);
    if (!fits || yuan > DepositAmount::MaxFen / 100)
        return {0, DepositAmount::tr("The amount is far too large.", "@info validation")};
    const qint64 fen = parts.fraction.isEmpty() ? 0 : parts.fraction.toLongLong();
    const qint64 total = yuan * 100 + (parts.fraction.size() == 1 ? fen * 10 : fen);
    if (total == 0)
        return {0, DepositAmount::tr("The amount must be more than zero.", "@info validation")};
    return {total, {}};
}

} // namespace

FieldVerdict DepositAmount::check(const QString &input)
{
    const ParsedAmount parsed = parse(input);
    if (!parsed.problem.isEmpty())
        return FieldVerdict::error(parsed.problem);
    return FieldVerdict::ok(QStringLiteral("%1.%2")
                                .arg(parsed.fen / 100)
                                .arg(parsed.fen % 100, 2, 10, QLatin1Char('0')));
}

std::optional<qint64> depositFen(const QString &input)
{
    const ParsedAmount parsed = parse(input);
    if (!parsed.problem.isEmpty())
        return std::nullopt;
    return parsed.fen;
}
