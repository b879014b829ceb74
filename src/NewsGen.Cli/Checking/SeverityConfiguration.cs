using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsGen.Cli.Checking;

/// <summary>
/// The severities <c>dotnet_diagnostic.NEWSxxx.severity</c> sets for an article, read the way the compiler
/// reads them in a build: every <c>.editorconfig</c> and <c>.globalconfig</c> in the article's folder and its
/// parents goes through Roslyn's own <see cref="AnalyzerConfigSet"/>, and only the global configuration counts
/// (a <c>.globalconfig</c>, or any config with <c>is_global = true</c>). Sections such as <c>[*.txt]</c> of a
/// plain <c>.editorconfig</c> apply to source files only: a real build does not apply them to diagnostics in
/// article files, so neither does the tool. Configs are read once per folder.
/// </summary>
internal sealed class SeverityConfiguration
{
    private static readonly string[] ConfigFileNames = { ".editorconfig", ".globalconfig" };

    private readonly Dictionary<string, AnalyzerConfig?> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableDictionary<string, ReportDiagnostic>> _byFolder = new(StringComparer.Ordinal);
    private readonly TextWriter _warnings;

    public SeverityConfiguration(TextWriter warnings) => _warnings = warnings;

    /// <summary>The configured severity of <paramref name="id"/> for the article at <paramref name="articlePath"/>; Default when none is set.</summary>
    public ReportDiagnostic For(string articlePath, string id)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(articlePath)) ?? string.Empty;
        if (!_byFolder.TryGetValue(folder, out ImmutableDictionary<string, ReportDiagnostic>? severities))
        {
            _byFolder[folder] = severities = Load(folder);
        }

        return severities.TryGetValue(id, out ReportDiagnostic report) ? report : ReportDiagnostic.Default;
    }

    private ImmutableDictionary<string, ReportDiagnostic> Load(string folder)
    {
        var configs = new List<AnalyzerConfig>();
        for (DirectoryInfo? dir = new(folder); dir is not null; dir = dir.Parent)
        {
            foreach (string name in ConfigFileNames)
            {
                if (Parse(Path.Combine(dir.FullName, name)) is { } config)
                {
                    configs.Add(config);
                }
            }
        }

        AnalyzerConfigSet set = AnalyzerConfigSet.Create(configs, out ImmutableArray<Diagnostic> problems);
        foreach (Diagnostic problem in problems)
        {
            // Conflicting global configs: Roslyn drops the key, as the build does; say so once per folder.
            _warnings.WriteLine("newsgen: warning: " + problem.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        return set.GlobalConfigOptions.TreeOptions;
    }

    private AnalyzerConfig? Parse(string path)
    {
        if (_files.TryGetValue(path, out AnalyzerConfig? cached))
        {
            return cached;
        }

        AnalyzerConfig? config = null;
        try
        {
            if (File.Exists(path))
            {
                config = AnalyzerConfig.Parse(File.ReadAllText(path), path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _warnings.WriteLine($"newsgen: warning: {path}: cannot read ({e.Message}); its settings are ignored");
        }

        _files[path] = config;
        return config;
    }
}
