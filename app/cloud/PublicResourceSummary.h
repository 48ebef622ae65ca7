// What a public-resource pre-check concluded: the verdict as a stable key
// (JSON, the profile) and as a sentence that names the cause of what could not
// be read, and the counts kept on the profile so the wizard can say days
// later when the account was last checked. All text is made when asked for,
// from facts, so it reads in the language of the moment.
// Must never store more than counts: no instance ids, names or addresses, and
// no sentences.
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
    // What could not be read and why, for the visible line: "1 of 5 regions
    // could not be read: cannot reach … (connection refused). Check …" —
    // the first cause in the order of the regions, and how many others
    // there are. Empty when everything was read.
    static QString problemsText(const PublicResourceReport &report);
    // For support, behind the visible line: each problem with its request
    // id, HTTP status and raw error.
    static QString problemDetails(const PublicResourceReport &report);

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
