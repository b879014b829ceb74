using System;
using Microsoft.CodeAnalysis;

namespace NewsGen.Cli.Checking;

/// <summary>One diagnostic as the tool prints it: after severity configuration, with a 1-based span.</summary>
/// <param name="Path">The article file, as given or found.</param>
/// <param name="Id">NEWSxxx.</param>
/// <param name="Severity">The effective severity (Error, Warning or Info; hidden and suppressed ones are not reported).</param>
/// <param name="Message">The analyzer's message, formatted invariantly.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character (UTF-16 code units).</param>
/// <param name="EndLine">1-based line just past the span.</param>
/// <param name="EndColumn">1-based column just past the span.</param>
internal sealed record ReportedDiagnostic(string Path, string Id, DiagnosticSeverity Severity, string Message, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>"error", "warning" or "info", as compilers print them.</summary>
    public string SeverityName => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    /// <summary>MSBuild's canonical form: <c>path(line,col,endline,endcol): error NEWS003: message</c>.</summary>
    public string ToCanonicalString() =>
        FormattableString.Invariant($"{Path}({Line},{Column},{EndLine},{EndColumn}): {SeverityName} {Id}: {Message}");
}
