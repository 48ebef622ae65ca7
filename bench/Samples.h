// Timings of one figure, in milliseconds: median, percentiles and the worst.
// Nearest-rank percentiles, so that p99 of 100 samples is the 99th value, a
// real sample and never an interpolation. It never measures by itself.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>

class Samples
{
public:
    void add(double ms) { m_values.append(ms); }
    // Adds the time since `timer` was started.
    void addElapsed(const QElapsedTimer &timer) { add(double(timer.nsecsElapsed()) / 1e6); }

    qsizetype count() const { return m_values.size(); }
    bool isEmpty() const { return m_values.isEmpty(); }
    double percentile(double p) const
    {
        if (m_values.isEmpty())
            return 0;
        QList<double> sorted = m_values;
        std::sort(sorted.begin(), sorted.end());
        const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
        return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
    }
    double median() const { return percentile(50); }
    double worst() const
    {
        return m_values.isEmpty() ? 0 : *std::max_element(m_values.cbegin(), m_values.cend());
    }
    // Index of the worst sample, to say which one it was.
    qsizetype worstIndex() const
    {
        return m_values.isEmpty()
            ? -1
            : std::max_element(m_values.cbegin(), m_values.cend()) - m_values.cbegin();
    }

    // "12.3" with one decimal below 100, none above; "0.42" below 1.
    static QString ms(double value)
    {
        return QString::number(value, 'f', value < 1 ? 2 : (value < 100 ? 1 : 0));
    }

private:
    QList<double> m_values;
};
