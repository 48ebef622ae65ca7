// How a date, or a date and a time, is shown to a person: one pattern per
// length for the UI language (the default QLocale that LanguageSwitcher sets).
// English: 2026-12-06 and 2026-12-06 20:44 (ISO order, 24-hour; 12/6/26 reads
// as 12 June to many); Chinese: 2026年12月6日 and 2026年12月6日 20:44.
// Never used for machine formats (JSON, profile files, logs, file names):
// those stay ISO 8601 in UTC, whatever the language.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

class DateText
{
public:
    // An empty string for an invalid date.
    static QString date(const QDate &date, const QLocale &locale = QLocale());
    // The calendar day the moment falls on in `zone` (the user's, from the Clock).
    static QString date(
        const QDateTime &moment, const QTimeZone &zone, const QLocale &locale = QLocale());
    // Day and minute in `zone`, 24-hour.
    static QString dateTime(
        const QDateTime &moment, const QTimeZone &zone, const QLocale &locale = QLocale());

private:
    static bool isChinese(const QLocale &locale);
};
