// Small helpers shared by the tests that run the mctester binary: its command line and its output.
#include "clitest.h"

#include <QFile>
#include <QJsonDocument>

namespace mct::test {

QStringList mctester(const QStringList &args)
{
    return QStringList{QStringLiteral(MCT_BINARY)} + args;
}

QList<QJsonObject> parseJsonLines(const QByteArray &output, QString *error)
{
    QList<QJsonObject> objects;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = QStringLiteral("not a JSON object (%1): %2")
                             .arg(parseError.errorString(), QString::fromUtf8(line));
            return {};
        }
        objects.append(doc.object());
    }
    return objects;
}

QJsonObject findJsonKey(const QList<QJsonObject> &objects, const QString &key)
{
    for (const QJsonObject &o : objects) {
        if (o.contains(key)) {
            return o.value(key).toObject();
        }
    }
    return {};
}

QList<QJsonObject> jsonLinesWhere(const QList<QJsonObject> &objects, const QString &key, const QString &value)
{
    QList<QJsonObject> out;
    for (const QJsonObject &o : objects) {
        if (o.value(key).toString() == value) {
            out.append(o);
        }
    }
    return out;
}

QJsonObject doctorCheck(const QByteArray &output, const QString &name, QString *error)
{
    const QList<QJsonObject> checks =
            jsonLinesWhere(parseJsonLines(output, error), QStringLiteral("check"), name);
    return checks.isEmpty() ? QJsonObject() : checks.constFirst();
}

QStringList linesOf(const QByteArray &output)
{
    return QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
}

QString writeScript(const QTemporaryDir &dir, const QString &name, const char *text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    const QByteArray bytes(text);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

QString exitProblem(const RunResult &result, int code)
{
    if (result.finished && result.exitCode == code) {
        return {};
    }
    return QStringLiteral("expected exit code %1, got ").arg(code) + result.describe();
}

QString usageErrorProblem(const RunResult &result, const QString &named)
{
    if (const QString problem = exitProblem(result, 2); !problem.isEmpty()) {
        return problem;
    }
    if (!result.err().startsWith(QStringLiteral("mctester: "))) {
        return QStringLiteral("stderr should start with \"mctester: \": ") + result.describe();
    }
    if (!result.err().contains(named)) {
        return QStringLiteral("stderr should name \"%1\": ").arg(named) + result.describe();
    }
    if (!result.stdOut.isEmpty()) {
        return QStringLiteral("nothing should start: ") + result.describe();
    }
    return {};
}

} // namespace mct::test
