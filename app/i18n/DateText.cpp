#include "DateText.h"

namespace {

// Patterns in code, not tr(): the format belongs to the language, not to a
// translation file, so headless commands and tests get it without a .qm, and
// no translation can bring back an ambiguous order. QDate::toString(pattern)
// writes ASCII digits whatever the locale.
constexpr QStringView EnglishDate = u"yyyy-MM-dd";
constexpr QStringView ChineseDate = u"yyyy年M月d日";
constexpr QStringView Time = u"HH:mm";

} // namespace

bool DateText::isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

QString DateText::date(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return date.toString(isChinese(locale) ? ChineseDate : EnglishDate);
}

QString DateText::date(const QDateTime &moment, const QTimeZone &zone, const QLocale &locale)
{
    if (!moment.isValid())
        return {};
    return date(moment.toTimeZone(zone).date(), locale);
}

QString DateText::dateTime(const QDateTime &moment, const QTimeZone &zone, const QLocale &locale)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toTimeZone(zone);
    return date(local.date(), locale) + QLatin1Char(' ') + local.time().toString(Time);
}
