using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsGen.Cli.Checking;

/// <summary>
/// The severity a build gives a NEWS diagnostic in an article file, decided the way the compiler decides it:
/// first the compiler's warning switches (a project's <c>NoWarn</c>, <c>WarningsAsErrors</c>,
/// <c>WarningsNotAsErrors</c>, <c>TreatWarningsAsErrors</c>: see <see cref="CompilerWarningOptions"/>), then
/// <c>dotnet_diagnostic.NEWSxxx.severity</c> from the global analyzer configuration, which
/// <c>TreatWarningsAsErrors</c> still raises from warning to error. Configs go through Roslyn's own
/// <see cref="AnalyzerConfigSet"/>, and only the global configuration counts (a <c>.globalconfig</c>, or any
/// config with <c>is_global = true</c>): sections such as <c>[*.txt]</c> of a plain <c>.editorconfig</c> apply to
/// source files only, and a real build does not apply them to diagnostics in article files.
/// <para>
/// Which configs: for a project, exactly its <c>EditorConfigFiles</c> items (what the compiler is given); for
/// plain files, every <c>.editorconfig</c> and <c>.globalconfig</c> in the article's folder and its parents,
/// read once per folder.
/// </para>
/// </summary>
internal sealed class SeverityConfiguration
{
    private static readonly string[] ConfigFileNames = { ".editorconfig", ".globalconfig" };

    private readonly Dictionary<string, AnalyzerConfig?> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableDictionary<string, ReportDiagnostic>> _byFolder = new(StringComparer.Ordinal);
    private readonly ImmutableDictionary<string, ReportDiagnostic>? _projectConfig;
    private readonly CompilerWarningOptions _switches;
    private readonly TextWriter _warnings;

    private SeverityConfiguration(TextWriter warnings, IReadOnlyList<string>? projectConfigFiles, CompilerWarningOptions switches)
    {
        _warnings = warnings;
        _switches = switches;
        if (projectConfigFiles is not null)
        {
            var configs = new List<AnalyzerConfig>();
            foreach (string path in projectConfigFiles)
            {
                if (Parse(path) is { } config)
                {
                    configs.Add(config);
                }
            }

            _projectConfig = GlobalSeverities(configs);
        }
    }

    /// <summary>For plain files and folders: the configs above each article, no compiler switches.</summary>
    public static SeverityConfiguration ByFolder(TextWriter warnings) => new(warnings, null, CompilerWarningOptions.None);

    /// <summary>For a project: its config files and its warning switches.</summary>
    public static SeverityConfiguration ForProject(TextWriter warnings, IReadOnlyList<string> configFiles, CompilerWarningOptions switches) =>
        new(warnings, configFiles, switches);

    /// <summary>The severity the build reports <paramref name="diagnostic"/> with in the article at <paramref name="articlePath"/>; null when it is not reported.</summary>
    public DiagnosticSeverity? Effective(string articlePath, Diagnostic diagnostic)
    {
        // The order and the rules of Roslyn's CSharpDiagnosticFilter.GetDiagnosticReport, for diagnostics that
        // are not in a source file (no #pragma, no per-file editorconfig section).
        string id = diagnostic.Id;
        bool isSpecified = _switches.Specific.TryGetValue(id, out ReportDiagnostic report);
        if (!isSpecified && ConfiguredFor(articlePath).TryGetValue(id, out report))
        {
            isSpecified = true;
            if (report == ReportDiagnostic.Warn && _switches.General == ReportDiagnostic.Error)
            {
                report = ReportDiagnostic.Error;
            }
        }

        if (!isSpecified)
        {
            report = diagnostic.Descriptor.IsEnabledByDefault ? ReportDiagnostic.Default : ReportDiagnostic.Suppress;
        }

        if (report == ReportDiagnostic.Suppress || diagnostic.WarningLevel > _switches.WarningLevel)
        {
            return null;
        }

        DiagnosticSeverity severity = diagnostic.DefaultSeverity;
        if (report == ReportDiagnostic.Default)
        {
            // /warnaserror+ raises warnings that no switch or config names (WarningsNotAsErrors names them: Default, specified).
            return _switches.General == ReportDiagnostic.Error && severity == DiagnosticSeverity.Warning && !isSpecified
                ? DiagnosticSeverity.Error
                : severity;
        }

        return report switch
        {
            ReportDiagnostic.Error => DiagnosticSeverity.Error,
            ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
            ReportDiagnostic.Info => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Hidden,
        };
    }

    private ImmutableDictionary<string, ReportDiagnostic> ConfiguredFor(string articlePath)
    {
        if (_projectConfig is not null)
        {
            return _projectConfig;
        }

        string folder = Path.GetDirectoryName(Path.GetFullPath(articlePath)) ?? string.Empty;
        if (!_byFolder.TryGetValue(folder, out ImmutableDictionary<string, ReportDiagnostic>? severities))
        {
            _byFolder[folder] = severities = Load(folder);
        }

        return severities;
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

        return GlobalSeverities(configs);
    }

    private ImmutableDictionary<string, ReportDiagnostic> GlobalSeverities(List<AnalyzerConfig> configs)
    {
        AnalyzerConfigSet set = AnalyzerConfigSet.Create(configs, out ImmutableArray<Diagnostic> problems);
        foreach (Diagnostic problem in problems)
        {
            // Conflicting global configs: Roslyn drops the key, as the build does; say so.
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
