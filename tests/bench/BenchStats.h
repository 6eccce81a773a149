#pragma once

#include "common/DomainError.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <functional>

// Latency samples in microseconds, summarised as JSON (milliseconds).
class BenchStats
{
public:
    void add(qint64 micros) { m_samples.append(micros); }
    QJsonObject json() const
    {
        QList<qint64> s = m_samples;
        std::sort(s.begin(), s.end());
        const auto pct = [&](double p) {
            if (s.isEmpty())
                return 0.0;
            const qsizetype i = std::min<qsizetype>(s.size() - 1, qsizetype(p * double(s.size())));
            return double(s[i]) / 1000.0;
        };
        qint64 sum = 0;
        for (qint64 v : s)
            sum += v;
        return {{QStringLiteral("samples"), qint64(s.size())},
                {QStringLiteral("p50_ms"), pct(0.50)},
                {QStringLiteral("p99_ms"), pct(0.99)},
                {QStringLiteral("max_ms"), s.isEmpty() ? 0.0 : double(s.last()) / 1000.0},
                {QStringLiteral("mean_ms"), s.isEmpty() ? 0.0 : double(sum) / double(s.size()) / 1000.0}};
    }

private:
    QList<qint64> m_samples;
};

// Times op(run) for each of runs runs and summarises the latencies.
inline QJsonObject measureRuns(int runs, const std::function<void(int)>& op)
{
    BenchStats stats;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        op(r);
        stats.add(t.nsecsElapsed() / 1000);
    }
    return stats.json();
}

// A benchmark's main: runs it, and reports a domain error (a broken store, a refused operation) as
// "name: message" with exit status 1.
inline int runBenchmark(const char* name, int argc, char** argv, int (*run)(int, char**))
{
    try {
        return run(argc, argv);
    } catch (const omnitill::DomainError& e) {
        std::fprintf(stderr, "%s: %s\n", name, qPrintable(e.message()));
        return 1;
    }
}
