// An IPv4 address block in CIDR notation ("10.0.0.0/16"): parsing with exact
// messages and the set arithmetic an address plan needs. Parsing is strict: it
// must never accept host bits, leading zeros (read as octal by some tools) or
// anything but ASCII digits, dots and one slash.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class Ipv4Cidr
{
    Q_DECLARE_TR_FUNCTIONS(Ipv4Cidr)
public:
    Ipv4Cidr() = default;

    // Surrounding spaces are ignored; full-width digits are folded.
    static Result<Ipv4Cidr> parse(const QString &text);
    // A block from its first address and prefix length; an Error when the
    // prefix is outside 0..32 or `network` has host bits set.
    static Result<Ipv4Cidr> fromParts(quint32 network, int prefixLength);

    quint32 network() const { return m_network; }
    int prefixLength() const { return m_prefixLength; }
    quint32 netmask() const;
    quint32 lastAddress() const { return m_network | ~netmask(); }
    quint64 size() const { return quint64(1) << (32 - m_prefixLength); }

    bool contains(const Ipv4Cidr &other) const;
    bool overlaps(const Ipv4Cidr &other) const;

    QString toString() const;
    static QString addressToString(quint32 address);

    friend bool operator==(const Ipv4Cidr &, const Ipv4Cidr &) = default;

private:
    Ipv4Cidr(quint32 network, int prefixLength) : m_network(network), m_prefixLength(prefixLength)
    { }

    quint32 m_network = 0;
    int m_prefixLength = 32;
};
