#include "ScannerEventFilter.h"

#include "store/StoreSettings.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace omnitill::ui {

ScannerEventFilter::Settings ScannerEventFilter::settingsFrom(const StoreSettings& s)
{
    Settings settings;
    settings.maxIntervalMs = s.value(QStringLiteral("scanner.max_interval_ms"), QStringLiteral("30")).toInt();
    settings.minLength = s.value(QStringLiteral("scanner.min_length"), QString::number(Settings().minLength)).toInt();
    settings.terminatorTimeoutMs = s.value(QStringLiteral("scanner.end_pause_ms"), QStringLiteral("80")).toInt();
    settings.prefix = s.value(QStringLiteral("scanner.prefix"));
    settings.suffix = s.value(QStringLiteral("scanner.suffix"));
    return settings;
}

bool ScannerEventFilter::isModifierOnly(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_CapsLock:
    case Qt::Key_Mode_switch:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
        return true;
    default:
        return false;
    }
}

ScannerEventFilter::ScannerEventFilter(Settings settings, QObject* parent) : QObject(parent), m_settings(settings)
{
    useTimers(TimerFactory::system());
}

void ScannerEventFilter::useTimers(TimerFactory& timers)
{
    m_timers = &timers;
    m_timeout = timers.create();
    m_timeout->onTimeout([this] { finishBurst(false); });
}

bool ScannerEventFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_enabled || m_replaying || (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease))
        return QObject::eventFilter(watched, event);
    // Key events pass through each widget up the parent chain; look only at the first delivery.
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || (widget != QApplication::focusWidget() && QApplication::focusWidget()))
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    // A wedge scanner presses Shift (or AltGr) around uppercase letters and symbols: a modifier on
    // its own neither starts nor ends a burst, and reaches the widget as it would anyway.
    if (isModifierOnly(key->key()))
        return QObject::eventFilter(watched, event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool printable =
        !key->text().isEmpty() && key->text().at(0).isPrint() && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (event->type() == QEvent::KeyRelease)
        return !m_held.isEmpty() && (printable || enter); // releases of held keys are not replayed
    if (enter && !m_held.isEmpty()) {
        finishBurst(true);
        return true;
    }
    if (!printable) {
        if (!m_held.isEmpty())
            replay();
        return QObject::eventFilter(watched, event);
    }
    const qint64 interval = m_held.isEmpty() ? 0 : m_timers->elapsedMs() - m_lastKeyAt;
    if (!m_held.isEmpty() && interval > m_settings.maxIntervalMs) {
        // Too slow for a scanner: what was held was typed by a person.
        replay();
        return QObject::eventFilter(watched, event);
    }
    if (m_held.isEmpty())
        m_target = watched;
    m_slowestInterval = std::max(m_slowestInterval, interval);
    m_held.append({key->key(), key->modifiers(), key->text()});
    m_lastKeyAt = m_timers->elapsedMs();
    m_timeout->start(m_held.size() >= m_settings.minLength ? m_settings.terminatorTimeoutMs : m_settings.maxIntervalMs + 5);
    return true;
}

void ScannerEventFilter::finishBurst(bool enterSeen)
{
    m_timeout->stop();
    if (m_held.size() >= m_settings.minLength && m_slowestInterval <= m_settings.maxIntervalMs && (!m_accepted || m_accepted())) {
        QString code;
        for (const HeldKey& k : m_held)
            code += k.text;
        m_held.clear();
        m_slowestInterval = 0;
        if (!m_settings.prefix.isEmpty() && code.startsWith(m_settings.prefix))
            code.remove(0, m_settings.prefix.size());
        if (!m_settings.suffix.isEmpty() && code.endsWith(m_settings.suffix))
            code.chop(m_settings.suffix.size());
        emit scanned(code);
        return;
    }
    auto* field = qobject_cast<QWidget*>(m_target.data());
    if (m_held.size() >= m_settings.minLength && m_slowestInterval <= m_settings.maxIntervalMs && field &&
        field->property(kRefusesScans).toBool()) {
        m_held.clear();
        m_slowestInterval = 0;
        emit scanRefused(field);
        return;
    }
    replay();
    if (enterSeen && m_target) {
        m_replaying = true;
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QCoreApplication::sendEvent(m_target, &press);
        m_replaying = false;
    }
}

void ScannerEventFilter::replay()
{
    m_timeout->stop();
    const QList<HeldKey> held = std::exchange(m_held, {});
    m_slowestInterval = 0;
    QObject* target = m_target ? m_target.data() : QApplication::focusWidget();
    if (!target)
        return;
    m_replaying = true;
    for (const HeldKey& k : held) {
        QKeyEvent press(QEvent::KeyPress, k.key, k.modifiers, k.text);
        QCoreApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, k.key, k.modifiers, k.text);
        QCoreApplication::sendEvent(target, &release);
    }
    m_replaying = false;
}

} // namespace omnitill::ui
