using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsGen.Tests.Cli;

/// <summary>
/// The severities a compiler takes from the analyzer config files MSBuild passes it, as the compiler's own
/// syntax-tree options provider hands them to its diagnostic filter: per tree from matching sections, and for
/// everything else (article files have no tree) from the global configuration.
/// </summary>
internal sealed class GlobalConfigSeverities(AnalyzerConfigSet set) : SyntaxTreeOptionsProvider
{
    /// <summary>Parses the given config files (full paths) into one set, as the compiler does.</summary>
    public static GlobalConfigSeverities FromFiles(IEnumerable<string> paths)
    {
        var configs = new List<AnalyzerConfig>();
        foreach (string path in paths)
        {
            configs.Add(AnalyzerConfig.Parse(File.ReadAllText(path), path));
        }

        return new GlobalConfigSeverities(AnalyzerConfigSet.Create(configs));
    }

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        set.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
}
