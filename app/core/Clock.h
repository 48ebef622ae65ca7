// The program's idea of "now". Passed to whoever needs the time so that tests
// and screenshots can fix it; nothing below app/main.cpp calls
// QDateTime::currentDateTime directly.
#pragma once

#include <QDateTime>
#include <QTimeZone>

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC
    // The user's zone: it decides which calendar day "now" is.
    virtual QTimeZone timeZone() const { return QTimeZone::systemTimeZone(); }
    // The calendar day it is for the user.
    QDate today() const { return now().toTimeZone(timeZone()).date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now, QTimeZone zone = QTimeZone::systemTimeZone())
        : m_now(now.toUTC())
        , m_zone(std::move(zone))
    { }
    QDateTime now() const override { return m_now; }
    QTimeZone timeZone() const override { return m_zone; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }

private:
    QDateTime m_now;
    QTimeZone m_zone;
};
