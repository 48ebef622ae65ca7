// The profile file format (README, "Profile files"): its name and version,
// the size limit, how times are written and read back, and which keys would
// name a secret. Shared by ProfileExport and ProfileFileReader so that the
// writer and the reader can never disagree. It must never relax a rule for
// one side only.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

class ExchangeFormat
{
public:
    static inline const QString Name = QStringLiteral("fincloud-onboard.profile");
    static constexpr int Version = 1;
    // A profile with a long event log is well below 1 MB; larger files are
    // refused before they are parsed.
    static constexpr qsizetype MaxBytes = 5 * 1024 * 1024;

    // UTC, ISO 8601 with milliseconds ("2026-03-06T09:00:00.000Z").
    static QString timeText(const QDateTime &time);
    // Only complete ISO 8601 date-times with seconds and an explicit zone ("Z"
    // or "+08:00"), optional fractions of up to three digits; anything else
    // (a date alone, hour 24, 30 February, trailing text) is nullopt.
    static std::optional<QDateTime> parseTime(const QString &text);

    // True for a key that would hold a password, an AccessKey or a token:
    // such a key is never written and a file that has one is refused.
    static bool namesSecret(const QString &key);
    // True for text shaped like an Alibaba Cloud AccessKey ID ("LTAI…").
    static bool looksLikeAccessKeyId(const QString &text);
};
