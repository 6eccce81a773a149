#include "BarChart.h"

#include <QPainter>

#include <algorithm>

namespace omnitill::ui {

namespace {
constexpr int kBarHeight = 22;
constexpr int kGap = 6;
constexpr int kMaxBars = 24;
} // namespace

BarChart::BarChart(QWidget* parent) : QWidget(parent)
{
    setMinimumHeight(120);
}

void BarChart::setData(const QStringList& labels, const QList<qint64>& values, const QStringList& valueTexts)
{
    m_labels = labels.mid(0, kMaxBars);
    m_values = values.mid(0, kMaxBars);
    m_texts = valueTexts.mid(0, kMaxBars);
    // What the chart says, for those who cannot see it.
    QStringList spoken;
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        spoken << m_labels[i] + QStringLiteral(": ") + m_texts.value(i);
    setAccessibleDescription(spoken.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

QSize BarChart::sizeHint() const
{
    return {400, int(m_labels.size()) * (kBarHeight + kGap) + kGap};
}

void BarChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (m_values.isEmpty())
        return;
    // Bars grow from zero; a negative value (a loss) has no bar, only its text.
    const qint64 largest = std::max<qint64>(1, *std::max_element(m_values.cbegin(), m_values.cend()));
    const QFontMetrics metrics(font());
    int labelWidth = 0;
    int textWidth = 0;
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(m_labels[i]));
        textWidth = std::max(textWidth, metrics.horizontalAdvance(m_texts.value(i)));
    }
    labelWidth = std::min(labelWidth, width() / 3);
    const int barSpace = std::max(10, width() - labelWidth - textWidth - 4 * kGap);
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        const int y = kGap + int(i) * (kBarHeight + kGap);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(kGap, y, labelWidth, kBarHeight), Qt::AlignVCenter | Qt::AlignRight,
                         metrics.elidedText(m_labels[i], Qt::ElideRight, labelWidth));
        const int length = int(double(std::max<qint64>(0, m_values[i])) / double(largest) * barSpace);
        painter.fillRect(QRect(labelWidth + 2 * kGap, y + 3, std::max(length, 1), kBarHeight - 6), palette().highlight());
        painter.drawText(QRect(labelWidth + 3 * kGap + length, y, textWidth + kGap, kBarHeight), Qt::AlignVCenter | Qt::AlignLeft,
                         m_texts.value(i));
    }
}

} // namespace omnitill::ui
