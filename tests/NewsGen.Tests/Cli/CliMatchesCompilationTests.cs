using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsGen.Tests.Analysis;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Cli;

/// <summary>
/// The key promise of the tool: for the same files, <c>newsgen check</c> and a real compilation running
/// <see cref="NewsGen.Analysis.NewsArticleAnalyzer"/> report the same diagnostics: id, severity, file, span and message.
/// </summary>
public sealed partial class CliMatchesCompilationTests
{
    [Fact]
    public void The_tool_and_a_compilation_report_the_same_diagnostics_for_every_bad_file()
    {
        using var folder = WriteCorpus();

        Assert.Equal(FromCompilation(folder, severityConfigs: []), FromTool(folder));
    }

    [Fact]
    public void They_agree_under_a_globalconfig_and_an_editorconfig_too()
    {
        using var folder = WriteCorpus();
        string global = folder.WriteText(".globalconfig", "is_global = true\ndotnet_diagnostic.NEWS007.severity = error\ndotnet_diagnostic.NEWS008.severity = none\ndotnet_diagnostic.NEWS005.severity = suggestion\n");
        string editor = folder.WriteText(".editorconfig", "root = true\n[*.txt]\ndotnet_diagnostic.NEWS009.severity = none\n");

        List<string> tool = FromTool(folder);

        Assert.Equal(FromCompilation(folder, severityConfigs: [global, editor]), tool);
        Assert.Contains(tool, line => line.Contains("error NEWS007", System.StringComparison.Ordinal));
        Assert.Contains(tool, line => line.Contains("info NEWS005", System.StringComparison.Ordinal));
        Assert.Contains(tool, line => line.Contains("warning NEWS009", System.StringComparison.Ordinal));
        Assert.DoesNotContain(tool, line => line.Contains("NEWS008", System.StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(WarningVariant.Names), MemberType = typeof(WarningVariant))]
    public void Given_the_project_they_agree_on_folders_metadata_reserved_names_duplicate_ids_and_warning_settings(string variantName)
    {
        WarningVariant variant = WarningVariant.ByName(variantName);
        using var folder = new TempFolder();
        string project = NewsroomProject.Write(folder, variant.ProjectProperties, variant.GlobalConfig);
        string[] configs = variant.GlobalConfig is null ? [] : [folder.File(".globalconfig")];

        CliRun run = CliRun.Of("check", project);
        List<string> tool = Sorted(run.OutLines);

        Assert.Equal(FromCompilation(NewsroomProject.Files(folder), NewsroomProject.Properties, configs, variant.Specific, variant.General), tool);
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Empty(run.ErrorLines);

        // Proof that each setting was seen, not just that two tools agreed on ignoring it.
        AssertHas(tool, "forced-lines.txt", " NEWS003: ");
        Assert.DoesNotContain(tool, line => line.Contains("wrapped.txt(", System.StringComparison.Ordinal));
        AssertHas(tool, "long.txt", " NEWS009: ");
        AssertHas(tool, "bad-metadata.txt", "(1,1,1,1): error NEWS012: ");
        Assert.Equal(2, tool.Count(line => line.Contains(" NEWS011: ", System.StringComparison.Ordinal)));
        Assert.Equal(2, tool.Count(line => line.Contains("error NEWS019: ", System.StringComparison.Ordinal) && line.Contains("'business/001'", System.StringComparison.Ordinal)));
        Assert.DoesNotContain(tool, line => line.Contains("sport/001.txt(", System.StringComparison.Ordinal) && line.Contains(" NEWS011: ", System.StringComparison.Ordinal));
        if (variant == WarningVariant.NoWarnAndWarningsAsErrors)
        {
            Assert.DoesNotContain(tool, line => line.Contains(" NEWS008: ", System.StringComparison.Ordinal));
            AssertHas(tool, "storm.txt", "error NEWS007: ");
        }
        else
        {
            AssertHas(tool, "repeated.txt", "error NEWS008: ");
            AssertHas(tool, "long.txt", "info NEWS009: ");
            AssertHas(tool, "sport/001.txt", "warning NEWS003: ");
        }
    }

    [Fact]
    public void Given_a_project_requiring_date_and_section_they_report_the_same_NEWS024()
    {
        using var folder = new TempFolder();
        string project = NewsroomProject.Write(folder, "<NewsGenRequiredMetadata>date;section</NewsGenRequiredMetadata>");

        // Front matter with and without the keys; the folder gives a section.
        var extra = new (string Path, string RecursiveDir, string Text)[]
        {
            ("articles/meta/full.txt", "meta/", "---\ndate: 2024-05-01\n---\nThe council met.\n"),
            ("articles/undated.txt", string.Empty, "---\ntitle: Storm\n---\nA storm hit the coast.\n"),
            ("articles/sport/final.txt", "sport/", "---\ntitle: Final\n---\nThe home side won.\n"),
        };
        List<ArticleFile> files = NewsroomProject.Files(folder);
        foreach ((string path, string dir, string text) in extra)
        {
            string full = folder.WriteText(path, text);
            files.Add(new ArticleFile(full, CompilerFileReader.Read(full), Metadata: new Dictionary<string, string> { ["NewsGenRecursiveDir"] = dir }));
        }

        var properties = new Dictionary<string, string>(NewsroomProject.Properties) { ["build_property.NewsGenRequiredMetadata"] = "date;section" };

        CliRun run = CliRun.Of("check", project);
        List<string> tool = Sorted(run.OutLines);

        Assert.Equal(FromCompilation(files, properties, [], null, ReportDiagnostic.Default), tool);
        List<string> required = tool.Where(line => line.Contains(" NEWS024: ", System.StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(required, line => line.Contains("/meta/full.txt(", System.StringComparison.Ordinal));
        AssertHas(required, "undated.txt", "(1,1,1,4): warning NEWS024: The project requires the metadata key 'date'");
        AssertHas(required, "undated.txt", "(1,1,1,4): warning NEWS024: The project requires the metadata key 'section'");
        AssertHas(required, "sport/final.txt", "(1,1,1,4): warning NEWS024: The project requires the metadata key 'date'");
    }

    [Fact]
    public void Given_a_project_with_properties_NewsGen_cannot_use_they_report_the_same_NEWS012_about_the_project()
    {
        using var folder = new TempFolder();
        const string Invalid = "<NewsGenStorage>Bytes</NewsGenStorage><NewsGenMaxArticleBytes>lots</NewsGenMaxArticleBytes><NewsGenNamespace>Newsroom.class</NewsGenNamespace>";

        // The global configuration makes NEWS012 a warning for one of the runs: the tool applies severities to it too.
        string project = NewsroomProject.Write(folder, Invalid, "is_global = true\ndotnet_diagnostic.NEWS012.severity = warning\n");
        var properties = new Dictionary<string, string>(NewsroomProject.Properties)
        {
            ["build_property.NewsGenStorage"] = "Bytes",
            ["build_property.NewsGenMaxArticleBytes"] = "lots",
            ["build_property.NewsGenNamespace"] = "Newsroom.class",
        };

        CliRun run = CliRun.Of("check", project);
        List<string> tool = Sorted(run.OutLines);

        Assert.Equal(FromCompilation(NewsroomProject.Files(folder), properties, [folder.File(".globalconfig")], null, ReportDiagnostic.Default, project), tool);
        List<string> aboutProject = tool.Where(line => line.StartsWith(project + " : ", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(3, aboutProject.Count);
        Assert.Contains(project + " : warning NEWS012: The MSBuild property NewsGenStorage is set to 'Bytes', which is not Auto, Strings or Utf8. NewsGen uses 'Auto' instead. Fix or remove the setting.", aboutProject);
        Assert.Contains(aboutProject, line => line.Contains("NewsGenMaxArticleBytes is set to 'lots'", System.StringComparison.Ordinal));
        Assert.Contains(aboutProject, line => line.Contains("NewsGenNamespace is set to 'Newsroom.class'", System.StringComparison.Ordinal));

        // The analyzer reports them when the compilation ends: the tool prints them after the articles' diagnostics.
        Assert.Equal(aboutProject.Count, run.OutLines.Reverse().TakeWhile(line => line.StartsWith(project + " : ", System.StringComparison.Ordinal)).Count());
    }

    [Fact]
    public void NEWS012_about_the_project_is_an_error_by_default_and_gone_when_the_option_overrides_the_property()
    {
        using var folder = new TempFolder();
        string project = NewsroomProject.Write(folder, "<NewsGenMaxArticleBytes>lots</NewsGenMaxArticleBytes>");

        CliRun asBuilt = CliRun.Of("check", project);
        CliRun overridden = CliRun.Of("check", project, "--max-bytes", "2000000");
        CliRun sarif = CliRun.Of("check", project, "--format", "sarif");

        Assert.Contains(project + " : error NEWS012: The MSBuild property NewsGenMaxArticleBytes is set to 'lots', which is not a whole number of bytes greater than 0. NewsGen uses '1048576' instead. Fix or remove the setting.", asBuilt.OutLines);
        Assert.Equal(1, asBuilt.ExitCode);

        // As -p:NewsGenMaxArticleBytes=2000000 on dotnet build: the property NewsGen reads is valid.
        Assert.DoesNotContain(overridden.OutLines, line => line.StartsWith(project + " : ", System.StringComparison.Ordinal));

        // In SARIF: the project file is the artifact, with no region.
        using JsonDocument log = JsonDocument.Parse(sarif.Out);
        JsonElement result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "NEWS012" && !r.GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("region", out _));
        Assert.Equal(new System.Uri(project).AbsoluteUri, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
    }

    [Fact]
    public void Show_prints_the_id_type_name_and_qualified_name_the_generator_emits()
    {
        using var folder = new TempFolder();
        string project = NewsroomProject.Write(folder, warningProperties: string.Empty);

        CliRun run = CliRun.Of("show", "--json", project);
        List<ArticleFile> files = NewsroomProject.Files(folder);
        Compilation generated = GeneratorHarness.Run(files, globalOptions: NewsroomProject.Properties).Compilation;

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Out);
        var shown = json.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(
            article => Path.GetRelativePath(folder.Path, article.GetProperty("file").GetString()!).Replace('\\', '/'),
            article => (Id: article.GetProperty("id").GetString(), TypeName: article.GetProperty("typeName").GetString(), QualifiedName: article.GetProperty("qualifiedName").GetString()!, Clashes: article.GetProperty("diagnostics").EnumerateArray().Any(d => d.GetProperty("id").GetString() is "NEWS011" or "NEWS019")));
        Assert.Equal(files.Count, shown.Count);
        foreach ((string file, var article) in shown)
        {
            // A generated type by that very name, or none at all for the files the build refuses to generate.
            INamedTypeSymbol? type = generated.GetTypeByMetadataName(article.QualifiedName);
            Assert.True(article.Clashes ? type is null : type is not null, $"{file}: {article.QualifiedName}");
        }

        Assert.Equal(("Text", "ArticleText", "Newsroom.Articles.ArticleText"), Named(shown["articles/Text.txt"]));
        Assert.Equal(("NewsArticle", "ArticleNewsArticle", "Newsroom.Articles.ArticleNewsArticle"), Named(shown["articles/NewsArticle.txt"]));
        Assert.Equal(("Paragraph3", "ArticleParagraph3", "Newsroom.Articles.ArticleParagraph3"), Named(shown["articles/Paragraph3.txt"]));
        Assert.Equal(("NewsCorpus", "ArticleNewsCorpus", "Newsroom.Articles.ArticleNewsCorpus"), Named(shown["articles/NewsCorpus.txt"]));
        Assert.Equal(("politics/Text", "ArticleText", "Newsroom.Articles.Politics.ArticleText"), Named(shown["articles/politics/Text.txt"]));
        Assert.Equal(("sport/001", "Article001", "Newsroom.Articles.Sport.Article001"), Named(shown["articles/sport/001.txt"]));
        Assert.Equal(("2024/05/01/storm", "Storm", "Newsroom.Articles._2024._05._01.Storm"), Named(shown["articles/2024/05/01/storm.txt"]));
        Assert.Equal(("typed", "Breaking", "Newsroom.Articles.Breaking"), Named(shown["articles/typed.txt"]));
        Assert.Equal(("business/001", "business/001"), (shown["articles/business/001.txt"].Id, shown["extra/business/001.txt"].Id));

        static (string?, string?, string) Named((string? Id, string? TypeName, string QualifiedName, bool Clashes) article) => (article.Id, article.TypeName, article.QualifiedName);
    }

    private static void AssertHas(List<string> lines, string file, string diagnostic) =>
        Assert.True(lines.Exists(line => line.Contains("/" + file, System.StringComparison.Ordinal) && line.Contains(diagnostic, System.StringComparison.Ordinal)), $"no '{diagnostic}' in {file}:\n" + string.Join("\n", lines));

    // Every bad file of the analyzer suite, the seed, and two files that clash in name.
    private static TempFolder WriteCorpus()
    {
        var folder = new TempFolder();
        foreach (BadArticleFiles.Case bad in BadArticleFiles.All)
        {
            BadFilesOnDisk.Write(folder, bad.File);
        }

        folder.WriteBytes(Seed.FileName, Seed.Bytes);
        folder.WriteText("Story.txt", "One.\n");
        folder.WriteText("story.txt", "Two.\n");
        return folder;
    }

    private static List<string> FromTool(TempFolder folder)
    {
        CliRun run = CliRun.Of("check", folder.Path);
        Assert.All(run.OutLines, line => Assert.Matches(CanonicalLine(), line));
        return Sorted(run.OutLines);
    }

    private static List<string> FromCompilation(TempFolder folder, string[] severityConfigs) =>
        FromCompilation(Directory.EnumerateFiles(folder.Path, "*.txt").Select(path => new ArticleFile(path, CompilerFileReader.Read(path))), null, severityConfigs, null, ReportDiagnostic.Default);

    // The files as the compiler reads them, with the options MSBuild passes, in a compilation whose severity options
    // come from the project's switches and the config files the way the compiler takes them.
    // A diagnostic about the project as a whole (no location) is compared as the tool prints it, with the project as its origin.
    private static List<string> FromCompilation(
        IEnumerable<ArticleFile> files,
        IReadOnlyDictionary<string, string>? properties,
        string[] severityConfigs,
        IReadOnlyDictionary<string, ReportDiagnostic>? specific,
        ReportDiagnostic general,
        string? project = null)
    {
        Compilation compilation = GeneratorHarness.CreateCompilation(TargetProfile.Net100);
        compilation = compilation.WithOptions(((CSharpCompilationOptions)compilation.Options).WithSyntaxTreeOptionsProvider(GlobalConfigSeverities.FromFiles(severityConfigs)));

        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(files, properties, specific, general, compilation);
        Assert.NotEmpty(diagnostics);

        // The storage notes (NEWS014/NEWS015) are about the project too, but the tool does not report them (docs/cli.md).
        return Sorted(diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Hidden && d.Location.IsInSource is false)
            .Where(d => d.Location.Kind != LocationKind.None || (project is not null && d.Id == "NEWS012"))
            .Select(d => Canonical(d, project)));
    }

    private static string Canonical(Diagnostic diagnostic, string? project)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        if (diagnostic.Location.Kind == LocationKind.None)
        {
            return $"{project} : {severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1},{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
    }

    private static List<string> Sorted(IEnumerable<string> lines) => lines.Order(System.StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"^/.+\(\d+,\d+,\d+,\d+\): (error|warning|info) NEWS\d{3}: .+$")]
    private static partial Regex CanonicalLine();
}
