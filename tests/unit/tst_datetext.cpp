// Dates as people read them: one pattern per length and language, in the
// user's time zone, never the ambiguous 12/6/26 of QLocale's short format.
#include "i18n/DateText.h"

#include <QTest>

class TestDateText : public QObject
{
    Q_OBJECT
private slots:
    void dates_data();
    void dates();
    void dateTimes_data();
    void dateTimes();
    void followsTheDefaultLocale();
    void invalidIsEmpty();
};

namespace {

const QLocale English(QStringLiteral("en_US"));
const QLocale Chinese(QStringLiteral("zh_CN"));
const QTimeZone Shanghai("Asia/Shanghai");
const QTimeZone NewYork("America/New_York");

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

} // namespace

void TestDateText::dates_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << English << QDate(2026, 12, 6) << "2026-12-06";
    QTest::newRow("en, one-digit month") << English << QDate(2026, 3, 1) << "2026-03-01";
    QTest::newRow("zh") << Chinese << QDate(2026, 12, 6) << "2026年12月6日";
    QTest::newRow("zh, one-digit month") << Chinese << QDate(2026, 3, 1) << "2026年3月1日";
}

void TestDateText::dates()
{
    QFETCH(QLocale, locale);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(DateText::date(date, locale), expected);
}

void TestDateText::dateTimes_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QString>("dateTime");
    QTest::addColumn<QString>("date");
    QTest::newRow("en, evening") << English << utc(2026, 12, 6, 12, 44) << Shanghai
                                 << "2026-12-06 20:44"
                                 << "2026-12-06";
    QTest::newRow("zh, evening") << Chinese << utc(2026, 12, 6, 12, 44) << Shanghai
                                 << "2026年12月6日 20:44"
                                 << "2026年12月6日";
    // Midnight is 00:00 of the new day, not 12:00 AM nor 24:00 of the old one.
    QTest::newRow("en, midnight") << English << utc(2026, 12, 6, 16, 0) << Shanghai
                                  << "2026-12-07 00:00"
                                  << "2026-12-07";
    QTest::newRow("zh, midnight") << Chinese << utc(2026, 12, 6, 16, 0) << Shanghai
                                  << "2026年12月7日 00:00"
                                  << "2026年12月7日";
    // The same moment is still the day before in New York (UTC-5 in December).
    QTest::newRow("en, New York") << English << utc(2026, 12, 6, 3, 5) << NewYork
                                  << "2026-12-05 22:05"
                                  << "2026-12-05";
    QTest::newRow("zh, New York") << Chinese << utc(2026, 12, 6, 3, 5) << NewYork
                                  << "2026年12月5日 22:05"
                                  << "2026年12月5日";
    // A moment given in another offset is converted, not re-labelled.
    QTest::newRow("en, from +02:00")
        << English << QDateTime(QDate(2026, 1, 2), QTime(1, 30), QTimeZone(7200)) << Shanghai
        << "2026-01-02 07:30"
        << "2026-01-02";
}

void TestDateText::dateTimes()
{
    QFETCH(QLocale, locale);
    QFETCH(QDateTime, moment);
    QFETCH(QTimeZone, zone);
    QFETCH(QString, dateTime);
    QFETCH(QString, date);
    QCOMPARE(DateText::dateTime(moment, zone, locale), dateTime);
    QCOMPARE(DateText::date(moment, zone, locale), date);
}

void TestDateText::followsTheDefaultLocale()
{
    const QLocale before;
    QLocale::setDefault(Chinese);
    const QString chinese = DateText::dateTime(utc(2026, 12, 6, 12, 44), Shanghai);
    QLocale::setDefault(English);
    const QString english = DateText::dateTime(utc(2026, 12, 6, 12, 44), Shanghai);
    QLocale::setDefault(before);
    QCOMPARE(chinese, QStringLiteral("2026年12月6日 20:44"));
    QCOMPARE(english, QStringLiteral("2026-12-06 20:44"));
}

void TestDateText::invalidIsEmpty()
{
    QCOMPARE(DateText::date(QDate(), English), QString());
    QCOMPARE(DateText::date(QDateTime(), Shanghai, Chinese), QString());
    QCOMPARE(DateText::dateTime(QDateTime(), Shanghai, English), QString());
}

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
