#pragma once

#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

namespace omnitill::test {

// One frame of tests/frames/make-camera-frames.sh: the picture and what a scanner should send.
struct CameraFrame
{
    QString path;
    QString format;
    QString scanText;
};

// The frames listed in DIR/frames.tsv; empty when the set has not been made.
inline QList<CameraFrame> cameraFrames(const QString& dir)
{
    QFile list(QDir(dir).filePath(QStringLiteral("frames.tsv")));
    QList<CameraFrame> frames;
    if (!list.open(QIODevice::ReadOnly))
        return frames;
    while (!list.atEnd()) {
        const QStringList fields = QString::fromUtf8(list.readLine()).chopped(1).split(QLatin1Char('\t'));
        if (fields.size() == 3)
            frames.append({QDir(dir).filePath(fields[0]), fields[1], fields[2]});
    }
    return frames;
}

} // namespace omnitill::test
