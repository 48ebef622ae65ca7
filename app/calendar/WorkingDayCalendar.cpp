#include "WorkingDayCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <algorithm>

namespace {

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

// The data is built in or comes from a test: nothing here is for the user to
// read, so only the details are filled (as RegionCatalogue does).
Error invalidData(const QString &details)
{
    return Error {QString(), details};
}

// A date of the notice for `year`, written exactly as yyyy-MM-dd: a date in
// another year is a transcription slip, not data.
Result<QDate> parseDate(const QJsonValue &value, int year)
{
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return invalidData(QStringLiteral("not a yyyy-MM-dd date: \"%1\"").arg(text));
    if (date.year() != year)
        return invalidData(QStringLiteral("%1 is listed under %2").arg(text).arg(year));
    return date;
}

Result<> readHolidayBlock(int year, const QJsonObject &block, QSet<QDate> &holidays)
{
    const Result<QDate> from = parseDate(block.value(QLatin1String("from")), year);
    if (!from)
        return from.error();
    const Result<QDate> to = parseDate(block.value(QLatin1String("to")), year);
    if (!to)
        return to.error();
    if (block.value(QLatin1String("name")).toString().isEmpty() || to.value() < from.value())
        return invalidData(
            QStringLiteral("holiday from %1 to %2 is unnamed or reversed")
                .arg(from.value().toString(Qt::ISODate), to.value().toString(Qt::ISODate)));
    for (QDate day = from.value(); day <= to.value(); day = day.addDays(1))
        holidays.insert(day);
    return {};
}

Result<> readAdjustedWorkday(int year, const QJsonValue &value, QSet<QDate> &workdays)
{
    const Result<QDate> date = parseDate(value, year);
    if (!date)
        return date.error();
    // A weekday "made a working day" means the notice was misread.
    if (!isWeekend(date.value()))
        return invalidData(QStringLiteral("adjusted working day %1 is not a weekend day")
                               .arg(date.value().toString(Qt::ISODate)));
    workdays.insert(date.value());
    return {};
}

// One year's notice. A year that does not name its notice is refused, so
// that no unsourced holiday gets into an estimate.
Result<> readYear(int year, const QJsonObject &notice, QSet<QDate> &holidays, QSet<QDate> &workdays)
{
    if (notice.value(QLatin1String("source")).toString().isEmpty()
        || notice.value(QLatin1String("url")).toString().isEmpty())
        return invalidData(QStringLiteral("%1 names no source notice").arg(year));
    const QJsonValue blocks = notice.value(QLatin1String("holidays"));
    const QJsonValue adjusted = notice.value(QLatin1String("workdays"));
    if (!blocks.isArray() || blocks.toArray().isEmpty() || !adjusted.isArray())
        return invalidData(QStringLiteral("%1 lacks \"holidays\" or \"workdays\"").arg(year));
    for (const QJsonValue &block : blocks.toArray()) {
        const Result<> read = readHolidayBlock(year, block.toObject(), holidays);
        if (!read)
            return read;
    }
    for (const QJsonValue &value : adjusted.toArray()) {
        const Result<> read = readAdjustedWorkday(year, value, workdays);
        if (!read)
            return read;
    }
    return {};
}

} // namespace

Q_LOGGING_CATEGORY(lcCalendar, "fincloud.calendar")

const WorkingDayCalendar &WorkingDayCalendar::mainland()
{
    static const WorkingDayCalendar calendar = [] {
        QFile file(QStringLiteral(":/fincloud/data/holidays-cn.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in holiday calendar is missing from the resources");
        Result<WorkingDayCalendar> parsed = fromJson(file.readAll());
        if (!parsed)
            qFatal(
                "The built-in holiday calendar is invalid: %s", qPrintable(parsed.error().details));
        QStringList skipped;
        WorkingDayCalendar layered = overlaid(std::move(parsed).value(), dataFiles(), &skipped);
        // Not fatal: the years the other files hold still count, and a year
        // no file holds gets the "weekends only" notice.
        for (const QString &reason : std::as_const(skipped))
            qCWarning(lcCalendar).noquote() << "Holiday file left out:" << reason;
        return layered;
    }();
    return calendar;
}

QStringList WorkingDayCalendar::dataFiles()
{
    return QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, dataFileName());
}

WorkingDayCalendar WorkingDayCalendar::overlaid(
    WorkingDayCalendar base, const QStringList &files, QStringList *skipped)
{
    // The file that wins comes first, so the lowest is laid on first.
    for (auto file = files.crbegin(); file != files.crend(); ++file) {
        QFile data(*file);
        if (!data.open(QIODevice::ReadOnly)) {
            skipped->append(QStringLiteral("%1: %2").arg(*file, data.errorString()));
            continue;
        }
        const Result<WorkingDayCalendar> parsed = fromJson(data.readAll());
        if (!parsed) {
            skipped->append(QStringLiteral("%1: %2").arg(*file, parsed.error().details));
            continue;
        }
        base.takeYearsOf(parsed.value(), *file);
    }
    return base;
}

void WorkingDayCalendar::takeYearsOf(const WorkingDayCalendar &other, const QString &from)
{
    const auto inOtherYears = [&other](QDate day) { return other.m_years.contains(day.year()); };
    m_holidays.removeIf(inOtherYears);
    m_adjustedWorkdays.removeIf(inOtherYears);
    m_holidays.unite(other.m_holidays);
    m_adjustedWorkdays.unite(other.m_adjustedWorkdays);
    m_years.unite(other.m_years);
    QStringList years;
    for (const int year : other.coveredYears())
        years.append(QString::number(year));
    m_source += QStringLiteral("\n%1 from %2").arg(years.join(QStringLiteral(", ")), from);
}

Result<WorkingDayCalendar> WorkingDayCalendar::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return invalidData(parseError.error == QJsonParseError::NoError
                ? QStringLiteral("the document is not an object")
                : parseError.errorString());
    const QJsonObject root = document.object();
    const QJsonObject years = root.value(QLatin1String("years")).toObject();
    if (years.isEmpty())
        return invalidData(QStringLiteral("no \"years\""));
    WorkingDayCalendar calendar;
    calendar.m_source = root.value(QLatin1String("source")).toString();
    for (auto it = years.constBegin(); it != years.constEnd(); ++it) {
        bool isNumber = false;
        const int year = it.key().toInt(&isNumber);
        if (!isNumber || it.key().size() != 4 || !it.value().isObject())
            return invalidData(QStringLiteral("\"%1\" is not a year with a notice").arg(it.key()));
        const Result<> read = readYear(
            year, it.value().toObject(), calendar.m_holidays, calendar.m_adjustedWorkdays);
        if (!read)
            return read.error();
        calendar.m_years.insert(year);
    }
    if (calendar.m_holidays.intersects(calendar.m_adjustedWorkdays))
        return invalidData(QStringLiteral("a day is both a holiday and a working day"));
    return calendar;
}

QList<int> WorkingDayCalendar::coveredYears() const
{
    QList<int> years(m_years.cbegin(), m_years.cend());
    std::sort(years.begin(), years.end());
    return years;
}

bool WorkingDayCalendar::isWorkingDay(QDate date) const
{
    if (!date.isValid())
        return false;
    if (m_adjustedWorkdays.contains(date))
        return true;
    return !isWeekend(date) && !m_holidays.contains(date);
}

QDate WorkingDayCalendar::addWorkingDays(QDate start, int n) const
{
    if (!start.isValid() || n < 0 || n > maxWorkingDays)
        return {};
    QDate day = start;
    for (int counted = 0; counted < n && day.isValid();) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

int WorkingDayCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingDaysBetween(to, from);
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++count;
    }
    return count;
}

QDateTime WorkingDayCalendar::expectedBy(
    const QDateTime &submittedUtc, int workingDays, const QTimeZone &userZone) const
{
    if (!submittedUtc.isValid() || !userZone.isValid())
        return {};
    const QDate localDay = submittedUtc.toTimeZone(userZone).date();
    const QDate dueDay = addWorkingDays(localDay, workingDays);
    if (!dueDay.isValid())
        return {};
    return QDateTime(dueDay, QTime(23, 59, 59), userZone).toUTC();
}

QList<int> WorkingDayCalendar::yearsWithoutData(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return {};
    const int last = std::max(from.year(), to.year());
    QList<int> missing;
    for (int year = std::min(from.year(), to.year()); year <= last; ++year) {
        if (!knowsYear(year))
            missing.append(year);
    }
    return missing;
}
