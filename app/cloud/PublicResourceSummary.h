// What a public-resource pre-check concluded: the verdict as a stable key
// (JSON, the profile) and as a sentence, and the counts kept on the profile so
// the wizard can say days later when the account was last checked.
// Must never store more than counts: no instance ids, names or addresses.
#pragma once

#include "PublicResourceCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <optional>

struct ProfileData;
class QTimeZone;

struct StoredPrecheck
{
    PublicResourceReport::Verdict verdict = PublicResourceReport::Verdict::Incomplete;
    QDateTime checkedAt;
    int regions = 0;
    qint64 ecs = 0;
    qint64 rds = 0;
};

class PublicResourceSummary
{
    Q_DECLARE_TR_FUNCTIONS(PublicResourceSummary)
public:
    static QString verdictKey(PublicResourceReport::Verdict verdict);
    static std::optional<PublicResourceReport::Verdict> verdictFromKey(const QString &key);
    static QString verdictText(const PublicResourceReport &report);

    // The profile fields (FieldKey::Precheck*) that record `report`.
    static QHash<QString, QString> profileFields(
        const PublicResourceReport &report, const QDateTime &checkedAt);
    // The recorded check, if the profile holds a complete, readable record.
    static std::optional<StoredPrecheck> fromProfile(const ProfileData &data);
    // Whether `key` is one of the fields that record a check (those above).
    static bool recordsField(const QString &key);
    // E.g. "Last checked on 2 Nov 2026 09:30: 3 ECS and 0 RDS instances in 21 regions."
    static QString describe(const StoredPrecheck &stored, const QTimeZone &zone);
};
