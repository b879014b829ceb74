using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Readme;

/// <summary>
/// Every code block of README.md is something a test exercises as written: a snippet users copy is an API. The
/// blocks are read from the README itself (<see cref="ReadmeDocument"/>), never pasted into a test.
/// </summary>
public sealed class ReadmeSnippetTests
{
    /// <summary>
    /// Each README block and the test that runs it. A new block without a row here fails
    /// <see cref="Every_README_block_is_exercised_by_a_named_test"/>: write the test, then add the row.
    /// </summary>
    private static readonly Dictionary<string, string> ExercisedBy = new()
    {
        ["Try it / sh #0"] = $"{nameof(Integration.SampleTests)} runs its first line; {nameof(CI_runs_the_README_test_command)}",
        ["Use it in your project / xml #0"] = nameof(Integration.ReferencingProjectTests),
        ["Use it in your project / xml #1"] = nameof(The_sample_project_imports_what_the_README_shows),
        ["Options / xml #0"] = nameof(The_per_article_metadata_line_names_the_type_and_sets_the_paragraph_rule),
        ["What you get for the seed article / csharp #0"] = nameof(The_seed_excerpt_is_the_generated_code),
        ["What you get for the seed article / csharp #1"] = nameof(The_seed_loop_snippet_runs_and_prints_who_said_what),
        ["Who said what, across the corpus / csharp #0"] = nameof(Generation.CorpusSpeakerTests.The_README_snippet_runs_as_written_on_a_corpus_that_quotes_one_person_in_two_articles),
        ["Bad articles fail the build, pointing at the line / text #0"] = nameof(Analysis.EndToEndBuildTests.A_bad_article_fails_the_build_with_canonical_locations),
        ["Bad articles fail the build, pointing at the line / ini #0"] = nameof(Analysis.EndToEndBuildTests.A_globalconfig_raises_the_seed_warning_to_an_error),
        ["Bad articles fail the build, pointing at the line / xml #0"] = nameof(Analysis.EndToEndBuildTests.WarningsAsErrors_raises_a_quotation_warning_to_an_error_and_fails_the_build),
        ["Ids and names from folders / text #0"] = nameof(The_folder_snippet_runs_on_the_tree_it_shows),
        ["Ids and names from folders / csharp #0"] = nameof(The_folder_snippet_runs_on_the_tree_it_shows),
        ["Performance / sh #0"] = nameof(ReadmeBenchmarkCommandTests.A_build_cost_command_names_only_settings_and_modes_the_script_has),
        ["Performance / sh #1"] = nameof(ReadmeBenchmarkCommandTests.The_incremental_edit_command_uses_an_option_the_benchmark_program_has),
        ["Large corpora: the articles in a class library of their own / xml #0"] = nameof(Integration.ArticleLibraryTests),
        ["Large corpora: the articles in a class library of their own / sh #0"] = nameof(ReadmeBenchmarkCommandTests.A_build_cost_command_names_only_settings_and_modes_the_script_has),
        ["How the paragraph rule is chosen / xml #0"] = nameof(Parsing.LayoutReadmeTests.The_snippet_forces_Lines_for_the_project_and_BlankLines_for_the_wire_folder),
        ["How the paragraph rule is chosen / text #0"] = nameof(Parsing.LayoutReadmeTests.The_NEWS018_line_is_what_the_analyzer_reports),
        ["Metadata: front matter, byline, dateline / text #0"] = nameof(Integration.MetadataReadmeTests.The_readme_metadata_snippet_prints_what_its_comments_say),
        ["Metadata: front matter, byline, dateline / csharp #0"] = nameof(Integration.MetadataReadmeTests.The_readme_metadata_snippet_prints_what_its_comments_say),
        ["Check articles without a build: the `newsgen` tool / sh #0"] = nameof(Cli.CliDocSnippetTests.Every_cli_command_in_the_readme_and_docs_prints_the_output_shown_under_it),
        ["Check articles without a build: the `newsgen` tool / text #0"] = nameof(Cli.CliDocSnippetTests.Every_cli_command_in_the_readme_and_docs_prints_the_output_shown_under_it),
        ["On a project / sh #0"] = nameof(Cli.CliDocSnippetTests.Every_cli_command_in_the_readme_and_docs_prints_the_output_shown_under_it),
        ["On a project / text #0"] = nameof(Cli.CliDocSnippetTests.Every_cli_command_in_the_readme_and_docs_prints_the_output_shown_under_it),
    };

    [Fact]
    public void Every_README_block_is_exercised_by_a_named_test()
    {
        string[] blocks = ReadmeDocument.Blocks.Select(b => b.Key).ToArray();

        Assert.Empty(blocks.Except(ExercisedBy.Keys));   // a block no test runs
        Assert.Empty(ExercisedBy.Keys.Except(blocks));   // a row whose block is gone or moved
    }

    [Fact]
    public void CI_runs_the_README_test_command()
    {
        string testCommand = CommandLines(ReadmeDocument.Block("Try it", "sh"))[1];
        string[] ci = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, ".ci", "run"));

        Assert.Equal("dotnet test", testCommand);
        Assert.Equal(testCommand, ci.Last(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#')).Trim());
    }

    [Fact]
    public void The_sample_project_imports_what_the_README_shows()
    {
        // The sample's articles library is the project that references the generator (the app references the library).
        string project = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "samples", "NewsGen.Sample.Articles", "NewsGen.Sample.Articles.csproj"));
        string[] shown = Lines(ReadmeDocument.Block("Use it in your project", "xml", 1)).Where(line => line != "...").ToArray();

        Assert.NotEmpty(shown);
        Assert.All(shown, line => Assert.Contains(line, project, StringComparison.Ordinal));
    }

    [Fact]
    public void The_per_article_metadata_line_names_the_type_and_sets_the_paragraph_rule()
    {
        XElement item = XElement.Parse(ReadmeDocument.Block("Options", "xml"));
        Dictionary<string, string> metadata = item.Attributes().Where(a => a.Name != "Include").ToDictionary(a => a.Name.LocalName, a => a.Value);
        string path = "/project/" + item.Attribute("Include")!.Value;
        var article = new ArticleFile(path, "Storm closes schools\n\nSchools closed early on Monday as the\nstorm moved inland.\n\nThey reopen on Wednesday.\n", Metadata: metadata);

        GeneratorRun run = GeneratorHarness.Run(new[] { article });

        Assert.Empty(run.CompilationDiagnostics);
        string code = Assert.Single(run.Articles, pair => pair.Key == metadata["TypeName"]).Value;
        // BlankLines: the two wrapped lines are one paragraph, joined with one space; the title is not a paragraph.
        Assert.Contains("public const string Paragraph1 = \"Schools closed early on Monday as the storm moved inland.\";", code, StringComparison.Ordinal);
        Assert.Contains("public const int ParagraphCount = 2;", code, StringComparison.Ordinal);
    }

    /// <summary>
    /// The README shows an excerpt of the seed's generated file: every line it shows is in the snapshot, in order.
    /// An excerpt may elide with <c>...</c> (inside a line, or a <c>// ...</c> line), drop a trailing comment the
    /// generator does not write, name the sample's namespace, and write <c>ReadOnlySpan</c> without
    /// <c>global::System.</c>; nothing else may differ.
    /// </summary>
    [Fact]
    public void The_seed_excerpt_is_the_generated_code()
    {
        string snapshotPath = Path.Combine(RepositoryRoot.Path, "tests", "NewsGen.Tests", "Generation", "Snapshots", "GeneratorOutputTests.Seed_article_snapshot.verified.cs");
        string[] generated = File.ReadAllLines(snapshotPath).Select(line => line.Trim().Replace("global::System.", string.Empty, StringComparison.Ordinal)).ToArray();
        string[] excerpt = Lines(ReadmeDocument.Block("What you get for the seed article", "csharp"));

        int next = 0;
        foreach (string line in excerpt.Where(line => !line.StartsWith("namespace ", StringComparison.Ordinal) && !line.StartsWith("// ...", StringComparison.Ordinal)))
        {
            int found = FindFrom(generated, next, Pattern(line));
            if (found < 0)
            {
                string withoutComment = Regex.Replace(line, @"\s+//.*$", string.Empty);
                found = withoutComment == line ? -1 : FindFrom(generated, next, Pattern(withoutComment));
            }

            Assert.True(found >= 0, $"README excerpt line not in the generated seed file (after line {next}): {line}");
            next = found + 1;
        }
    }

    [Fact]
    public void The_seed_loop_snippet_runs_and_prints_who_said_what()
    {
        string output = RunSnippet(
            new[] { new ArticleFile("/project/seeds/" + Seed.FileName, Seed.Text) },
            ReadmeDocument.Block("What you get for the seed article", "csharp", 1));

        string[] lines = Lines(output);
        Assert.StartsWith("1. Attorney General Jeff Sessions has no plans to resign", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("15. ", lines[14], StringComparison.Ordinal);
        Assert.Equal("Attorney General Jeff Sessions has no plans to resign, despite the latest public criticism from President Donald Trump, according to a source familiar with the situation.", lines[15]);
        Assert.Contains(lines, line => line.StartsWith("Anthony Scaramucci (White House communications director), paragraph 4: There's obviously an issue", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Sarah Sanders (White House press secretary), paragraph ", StringComparison.Ordinal));
    }

    /// <summary>The tree the README draws is built as it says, its ids and names are the ones it prints, and its code runs on it.</summary>
    [Fact]
    public void The_folder_snippet_runs_on_the_tree_it_shows()
    {
        var rows = Lines(ReadmeDocument.Block("Ids and names from folders", string.Empty))
            .Select(line => Regex.Match(line, @"^(?<path>\S+)\s+id ""(?<id>[^""]+)""\s+(?<name>\S+)$"))
            .Select(match => (Path: match.Groups["path"].Value, Id: match.Groups["id"].Value, Name: match.Groups["name"].Value))
            .ToArray();
        Assert.Equal(3, rows.Length);
        Assert.All(rows, row => Assert.StartsWith("articles/", row.Path, StringComparison.Ordinal));

        // As the package's targets pass <NewsArticle Include="articles/**/*.txt" />: the folders below the wildcard.
        ArticleFile[] files = rows.Select(row =>
        {
            string recursiveDir = row.Path.Substring("articles/".Length, row.Path.LastIndexOf('/') + 1 - "articles/".Length);
            return new ArticleFile("/project/" + row.Path, $"Title of {row.Id}\n\nThe story of {row.Id}.\n", Metadata: new Dictionary<string, string> { ["NewsGenRecursiveDir"] = recursiveDir });
        }).ToArray();

        string output = RunSnippet(files, ReadmeDocument.Block("Ids and names from folders", "csharp"));

        string[] generatedNames = CompiledNames(files);
        Assert.Equal(rows.Select(row => "Test." + row.Name).Order(StringComparer.Ordinal), generatedNames.Order(StringComparer.Ordinal));
        // The snippet prints the ids in the "2024" folder, then the sport article's title.
        Assert.Equal(new[] { "2024/05/01/storm", "Title of sport/001" }, Lines(output));
    }

    private static string[] CompiledNames(IReadOnlyList<ArticleFile> files) =>
        GeneratorHarness.Run(files).Articles.Keys.Where(key => key.StartsWith(GeneratorHarness.Namespace + ".", StringComparison.Ordinal)).ToArray();

    /// <summary>
    /// Compiles a README statement block as the body of a method in the project's root namespace (so that
    /// <c>Articles.Sport.Article001</c> reads as it does in a project whose articles are in
    /// <c>$(RootNamespace).Articles</c>), runs it, and returns what it wrote with <c>Console.WriteLine</c>.
    /// </summary>
    private static string RunSnippet(IReadOnlyList<ArticleFile> files, string statements)
    {
        string code = $$"""
            namespace Test
            {
                using Test.Articles;

                // Stands in for System.Console, so that the snippet's output is captured without touching the
                // process-wide console that tests running in parallel share.
                internal static class Console
                {
                    public static readonly System.Text.StringBuilder Written = new System.Text.StringBuilder();

                    public static void WriteLine(string line) => Written.Append(line).Append('\n');
                }

                internal static class Snippet
                {
                    public static string Run()
                    {
            {{statements}}
                        return Console.Written.ToString();
                    }
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(files, consumerCode: code);
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        using CompiledAssembly assembly = CompiledAssembly.Load(run.Compilation);
        return (string)assembly.Call("Test.Snippet", "Run")!;
    }

    private static Regex Pattern(string excerptLine) =>
        new("^" + string.Join(".*?", excerptLine.Split("...").Select(Regex.Escape)) + "$");

    private static int FindFrom(string[] lines, int start, Regex pattern)
    {
        for (int i = start; i < lines.Length; i++)
        {
            if (pattern.IsMatch(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The block's non-empty lines, trimmed.</summary>
    internal static string[] Lines(string block) =>
        block.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToArray();

    /// <summary>A shell block's commands: each line without its trailing <c># comment</c>.</summary>
    internal static string[] CommandLines(string block) =>
        Lines(block).Select(line => Regex.Replace(line, @"\s+#.*$", string.Empty)).ToArray();
}
