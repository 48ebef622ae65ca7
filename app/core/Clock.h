// The program's idea of "now". Passed to whoever needs the time so that tests
// and screenshots can fix it; nothing below app/main.cpp calls
// QDateTime::currentDateTime directly.
#pragma once

#include "core/UserTimeZone.h"

#include <QDateTime>
#include <QTimeZone>

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC
    // The user's zone: it decides which calendar day "now" is. Always usable
    // (UserTimeZone falls back when the system's is not).
    virtual QTimeZone timeZone() const { return UserTimeZone::system(); }
    // The calendar day it is for the user.
    QDate today() const { return now().toTimeZone(timeZone()).date(); }
};

class SystemClock final : public Clock
{
public:
    // The zone is decided here, so that a warning about it comes at start.
    SystemClock() : m_zone(UserTimeZone::system()) { }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    QTimeZone timeZone() const override { return m_zone; }

private:
    QTimeZone m_zone;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now, QTimeZone zone = UserTimeZone::system())
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
