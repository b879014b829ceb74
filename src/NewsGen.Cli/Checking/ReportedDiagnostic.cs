using System;
using Microsoft.CodeAnalysis;

namespace NewsGen.Cli.Checking;

/// <summary>
/// One diagnostic as the tool prints it: after severity configuration, with a 1-based span in its article file,
/// or, for a diagnostic about the project as a whole (NEWS012 for a project property), no span and the project
/// as its origin.
/// </summary>
/// <param name="Path">The article file, as given or found; the project file for a diagnostic about the project.</param>
/// <param name="Id">NEWSxxx.</param>
/// <param name="Severity">The effective severity (Error, Warning or Info; hidden and suppressed ones are not reported).</param>
/// <param name="Message">The analyzer's message, formatted invariantly.</param>
/// <param name="Line">1-based line of the first character; <see cref="NoLine"/> for a diagnostic about the project.</param>
/// <param name="Column">1-based column of the first character (UTF-16 code units).</param>
/// <param name="EndLine">1-based line just past the span.</param>
/// <param name="EndColumn">1-based column just past the span.</param>
internal sealed record ReportedDiagnostic(string Path, string Id, DiagnosticSeverity Severity, string Message, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The line of a diagnostic that has no place in a file (the compiler reports it at <c>Location.None</c>).</summary>
    public const int NoLine = 0;

    /// <summary>True when the diagnostic points into its file; false for one about the project as a whole.</summary>
    public bool HasSpan => Line != NoLine;

    /// <summary>"error", "warning" or "info", as compilers print them.</summary>
    public string SeverityName => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    /// <summary>
    /// MSBuild's canonical form: <c>path(line,col,endline,endcol): error NEWS003: message</c>; for a diagnostic about
    /// the project, the form MSBuild gives a project's own errors (<c>News.csproj : error NU1101: ...</c>), with the
    /// project where the build's compiler line says <c>CSC</c> and appends the project in brackets.
    /// </summary>
    public string ToCanonicalString() => HasSpan
        ? FormattableString.Invariant($"{Path}({Line},{Column},{EndLine},{EndColumn}): {SeverityName} {Id}: {Message}")
        : $"{Path} : {SeverityName} {Id}: {Message}";

    /// <summary>A diagnostic about the project at <paramref name="projectPath"/> as a whole: no span.</summary>
    public static ReportedDiagnostic AboutProject(string projectPath, string id, DiagnosticSeverity severity, string message) =>
        new(projectPath, id, severity, message, NoLine, NoLine, NoLine, NoLine);
}
