// Checks the small amount the provider transfers to a corporate account for
// bank-account verification: a positive amount in yuan with at most two
// decimals, as the user reads it on the bank statement. The user has only a
// few attempts, so this class must never round or guess a figure.
#pragma once

#include "FieldVerdict.h"

#include <QCoreApplication>

#include <optional>

class DepositAmount
{
    Q_DECLARE_TR_FUNCTIONS(DepositAmount)
public:
    // Far above any verification deposit; keeps the amount in fen well
    // inside qint64.
    static constexpr qint64 MaxFen = 99'999'999'999;

    // Accepts "0.35", "1", "1.2", a leading ¥ or ￥ and surrounding spaces;
    // stored with two decimals ("0.35", "1.00", "1.20").
    static FieldVerdict check(const QString &input);
};

// The amount in fen (1/100 yuan) when check() accepts `input`, else nullopt.
std::optional<qint64> depositFen(const QString &input);
