using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsGen.Cli.Projects;

namespace NewsGen.Cli.Checking;

/// <summary>
/// The compiler's warning switches for a project: the switches the Csc task makes of <c>TreatWarningsAsErrors</c>
/// (<c>/warnaserror±</c>), <c>WarningLevel</c> (<c>/warn</c>), <c>WarningsAsErrors</c> (<c>/warnaserror+:</c>),
/// <c>WarningsNotAsErrors</c> (<c>/warnaserror-:</c>) and <c>NoWarn</c> (<c>/nowarn:</c>), in that order, read by
/// Roslyn's own command-line parser, so lists, precedence (NoWarn wins) and id spelling are the compiler's.
/// </summary>
/// <param name="Specific">Per-id options (<c>/nowarn</c>, <c>/warnaserror±:</c>).</param>
/// <param name="General">The general option: Error under <c>/warnaserror+</c>, else Default.</param>
/// <param name="WarningLevel">The <c>/warn</c> level; warnings above it are not reported.</param>
internal sealed record CompilerWarningOptions(ImmutableDictionary<string, ReportDiagnostic> Specific, ReportDiagnostic General, int WarningLevel)
{
    /// <summary>No switches: what a compilation without project options does.</summary>
    public static CompilerWarningOptions None { get; } = new(ImmutableDictionary<string, ReportDiagnostic>.Empty, ReportDiagnostic.Default, 4);

    public static CompilerWarningOptions From(ProjectWarningProperties properties, string projectFolder)
    {
        var args = new List<string>();
        switch (properties.TreatWarningsAsErrors.Trim().ToUpperInvariant())
        {
            case "TRUE":
                args.Add("/warnaserror+");
                break;
            case "FALSE":
                args.Add("/warnaserror-");
                break;
        }

        if (properties.WarningLevel.Trim().Length > 0)
        {
            args.Add("/warn:" + properties.WarningLevel.Trim());
        }

        AddList(args, "/warnaserror+:", properties.WarningsAsErrors);
        AddList(args, "/warnaserror-:", properties.WarningsNotAsErrors);
        AddList(args, "/nowarn:", properties.NoWarn);

        CSharpCompilationOptions options = CSharpCommandLineParser.Default.Parse(args, projectFolder, sdkDirectory: null).CompilationOptions;
        return new CompilerWarningOptions(options.SpecificDiagnosticOptions, options.GeneralDiagnosticOption, options.WarningLevel);
    }

    // As the Csc task splits them: ';' or ',' between ids, empty entries dropped.
    private static void AddList(List<string> args, string switchName, string list)
    {
        string[] ids = list.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ids.Length > 0)
        {
            args.Add(switchName + string.Join(",", ids));
        }
    }
}
