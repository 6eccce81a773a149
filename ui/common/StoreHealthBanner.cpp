#include "StoreHealthBanner.h"

#include "store/IntegrityWatch.h"
#include "store/StoreHealth.h"

#include <QEvent>
#include <QPalette>

namespace omnitill::ui {

StoreHealthBanner::StoreHealthBanner(const QString& storePath, QWidget* parent)
    : QLabel(parent), m_path(storePath), m_watch(new IntegrityWatch(storePath, this))
{
    setObjectName(QStringLiteral("storeHealthBanner"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(8);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, Qt::darkRed);
    colours.setColor(QPalette::WindowText, Qt::white);
    setPalette(colours);
    hide();
    connect(m_watch, &IntegrityWatch::finished, this, &StoreHealthBanner::refresh);
    refresh();
    m_watch->start(IntegrityCheck::Depth::Quick);
}

void StoreHealthBanner::refresh()
{
    if (const auto damage = StoreHealth::damage(m_path))
        showDamage(*damage);
}

void StoreHealthBanner::checkFully()
{
    m_watch->start(IntegrityCheck::Depth::Full);
}

void StoreHealthBanner::showDamage(const QString& detail)
{
    const bool first = m_detail.isEmpty();
    m_detail = detail;
    retranslate();
    show();
    if (first)
        emit damaged(text());
}

void StoreHealthBanner::retranslate()
{
    if (!m_detail.isEmpty())
        setText(StoreHealth::message(m_path, m_detail));
}

void StoreHealthBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

} // namespace omnitill::ui
