#include "ScaleReading.h"

#include "common/Tr.h"

namespace omnitill {

namespace {
constexpr char STX = 0x02;
constexpr char CR = 0x0D;
// Status byte bits: 0 in motion, 1 over capacity, 2 under zero; bits 5 and 6 are always set.
constexpr int kMotion = 0x01;
constexpr int kOver = 0x02;
constexpr int kUnder = 0x04;
} // namespace

std::optional<ScaleReading> ScaleReading::parse(const QByteArray& reply)
{
    const qsizetype start = reply.indexOf(STX);
    const qsizetype end = reply.indexOf(CR, start + 1);
    if (start < 0 || end < 0)
        return std::nullopt;
    const QByteArray body = reply.mid(start + 1, end - start - 1);
    ScaleReading r;
    if (body.startsWith('?')) {
        if (body.size() != 2)
            return std::nullopt;
        const int status = uchar(body.at(1));
        r.state = (status & kOver)     ? State::OverCapacity
                  : (status & kUnder)  ? State::UnderZero
                  : (status & kMotion) ? State::Motion
                                       : State::Error;
        return r;
    }
    // "WW.WWW" kilograms, or "WW.WWWN" for a net weight after a tare.
    QByteArray weight = body;
    if (weight.endsWith('N'))
        weight.chop(1);
    const qsizetype dot = weight.indexOf('.');
    if (weight.isEmpty() || dot < 0 || weight.size() - dot - 1 != 3)
        return std::nullopt;
    bool okWhole = false;
    bool okFraction = false;
    const qint64 whole = weight.left(dot).toLongLong(&okWhole);
    const qint64 fraction = weight.mid(dot + 1).toLongLong(&okFraction);
    if (!okWhole || !okFraction || whole < 0 || weight.contains('-') || weight.contains('+'))
        return std::nullopt;
    r.state = State::Stable;
    r.grams = whole * 1000 + fraction;
    return r;
}

QByteArray ScaleReading::reply(const ScaleReading& reading)
{
    QByteArray out(1, STX);
    switch (reading.state) {
    case State::Stable:
        out += QByteArray::number(reading.grams / 1000).rightJustified(2, '0') + '.' +
               QByteArray::number(reading.grams % 1000).rightJustified(3, '0');
        break;
    case State::Motion:
        out += '?' + QByteArray(1, char(0x60 | kMotion));
        break;
    case State::OverCapacity:
        out += '?' + QByteArray(1, char(0x60 | kOver));
        break;
    case State::UnderZero:
        out += '?' + QByteArray(1, char(0x60 | kUnder));
        break;
    case State::Error:
        out += '?' + QByteArray(1, char(0x60));
        break;
    }
    return out + CR;
}

QString ScaleReading::describe() const
{
    switch (state) {
    case State::Stable:
        return Tr::tr("%1 kg").arg(double(grams) / 1000.0, 0, 'f', 3);
    case State::Motion:
        return Tr::tr("The scale is not steady yet");
    case State::OverCapacity:
        return Tr::tr("Too heavy for the scale");
    case State::UnderZero:
        return Tr::tr("The scale is below zero: clear it and zero it");
    case State::Error:
        return Tr::tr("The scale reports an error");
    }
    return {};
}

} // namespace omnitill
