using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsGen.Generation;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Generation;

/// <summary>
/// The generator runs on every keystroke in an IDE, so its caching is tested step by step: a second run with
/// the same inputs recomputes nothing, an edit of one article recomputes only that article, and edits elsewhere
/// recompute nothing. Step reasons are deterministic counts, not timings.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly List<ArticleFile> Files = Enumerable.Range(0, 5)
        .Select(i => new ArticleFile($"/project/articles/story-{i}.txt", $"Story {i} starts here. It ends there.\nSecond paragraph {i}.\n"))
        .Append(new ArticleFile("/project/BannedSymbols.txt", "T:System.Console", IsArticle: false))
        .ToList();

    [Fact]
    public void A_second_run_with_the_same_inputs_is_all_cached()
    {
        (GeneratorDriver driver, CSharpCompilation compilation, ImmutableArray<AdditionalText> texts) = FirstRun(Files);

        GeneratorRunResult second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        AssertAllOutputs(second, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        Assert.All(Steps(second, TrackingNames.ParsedArticles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Editing_one_article_reparses_and_regenerates_only_that_article()
    {
        (GeneratorDriver driver, CSharpCompilation compilation, ImmutableArray<AdditionalText> texts) = FirstRun(Files);
        AdditionalText edited = texts.Single(t => t.Path.EndsWith("story-2.txt", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, "Story 2 was rewritten. Entirely.\n"));
        GeneratorRunResult run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        IncrementalStepRunReason[] parsed = Steps(run, TrackingNames.ParsedArticles);
        Assert.Equal(1, parsed.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(4, parsed.Count(r => r == IncrementalStepRunReason.Cached));

        IncrementalStepRunReason[] emitted = Steps(run, TrackingNames.ArticlesToEmit);
        Assert.Equal(1, emitted.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(4, emitted.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        // The names did not change, so the name table (and with it the corpus) is not rebuilt.
        Assert.All(Steps(run, TrackingNames.NameTable), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));

        // Only the edited article's file is joined again; the others are handed over as they were.
        IncrementalStepRunReason[] groups = Steps(run, TrackingNames.ArticleGroups);
        Assert.Equal(1, groups.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(groups, r => Assert.True(r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged, r.ToString()));

        // The corpus reads of an article only its id, file and speakers: the edited one's entry is equal again, so
        // the corpus's listing is neither rebuilt nor re-emitted.
        IncrementalStepRunReason[] entries = Steps(run, TrackingNames.CorpusEntries);
        Assert.Equal(1, entries.Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.Equal(4, entries.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.All(Steps(run, TrackingNames.CorpusMembers), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Editing_what_an_article_quotes_lists_the_corpus_again()
    {
        (GeneratorDriver driver, CSharpCompilation compilation, ImmutableArray<AdditionalText> texts) = FirstRun(Files);
        AdditionalText edited = texts.Single(t => t.Path.EndsWith("story-2.txt", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, "Council Votes\n\n\"We will build the bridge,\" said Mayor Jane Holloway.\n"));
        GeneratorRunResult run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(1, Steps(run, TrackingNames.CorpusEntries).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(Steps(run, TrackingNames.CorpusMembers), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
    }

    [Fact]
    public void A_whitespace_only_edit_leaves_the_output_cached()
    {
        (GeneratorDriver driver, CSharpCompilation compilation, ImmutableArray<AdditionalText> texts) = FirstRun(Files);
        AdditionalText edited = texts.Single(t => t.Path.EndsWith("story-2.txt", StringComparison.Ordinal));

        // Indentation, trailing blanks, CRLF line ends and blank lines move the text in the file, not its content:
        // the file is read again, but the model the emitter reads is equal, so nothing after it runs.
        driver = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, "\r\n   Story 2 starts here. It ends there.  \r\n\r\n\tSecond paragraph 2.\r\n\r\n"));
        GeneratorRunResult run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(1, Steps(run, TrackingNames.ArticleFiles).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, Steps(run, TrackingNames.ParsedArticles).Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.All(Steps(run, TrackingNames.EmittedArticles), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        AssertAllOutputs(run, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_a_cs_file_or_another_additional_file_regenerates_nothing()
    {
        (GeneratorDriver driver, CSharpCompilation compilation, ImmutableArray<AdditionalText> texts) = FirstRun(Files);
        AdditionalText banned = texts.Single(t => t.Path.EndsWith("BannedSymbols.txt", StringComparison.Ordinal));

        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edited { }", GeneratorHarness.ParseOptions(TargetProfile.Net100)));
        driver = driver.ReplaceAdditionalText(banned, new InMemoryAdditionalText(banned.Path, "T:System.Console;changed"));
        GeneratorRunResult run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllOutputs(run, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        Assert.All(Steps(run, TrackingNames.ParsedArticles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Changing_the_namespace_regenerates_every_file_but_reparses_nothing()
    {
        (GeneratorDriver driver, CSharpCompilation compilation, ImmutableArray<AdditionalText> texts) = FirstRun(Files);
        var options = new Dictionary<string, string> { ["build_property.NewsGenNamespace"] = "Changed.Namespace" };

        // Same driver state, new options: the settings step changes, the parsed articles do not.
        driver = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.CreateOptionsProvider(Files, options));
        GeneratorRunResult run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(Steps(run, TrackingNames.ParsedArticles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(IncrementalStepRunReason.Modified, Steps(run, TrackingNames.Settings));
        Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
    }

    [Fact]
    public void Pipeline_models_hold_no_symbols_syntax_compilations_or_locations()
    {
        (GeneratorDriver driver, CSharpCompilation compilation, ImmutableArray<AdditionalText> texts) = FirstRun(Files);
        GeneratorRunResult run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var step in run.TrackedSteps.Where(s => IsOurs(s.Key)).SelectMany(s => s.Value))
        {
            foreach (var (value, _) in step.Outputs)
            {
                AssertHoldsNoRoslynObjects(value, step.Name ?? "?", visited);
            }
        }
    }

    private static bool IsOurs(string stepName) => typeof(TrackingNames).GetFields().Any(f => (string?)f.GetValue(null) == stepName);

    private static void AssertHoldsNoRoslynObjects(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        Type type = value.GetType();
        Assert.False(
            value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or Diagnostic or AdditionalText,
            $"{path} holds a {type.Name}, which defeats caching and keeps compilations alive.");

        if (value is IEnumerable sequence)
        {
            foreach (object? item in sequence)
            {
                AssertHoldsNoRoslynObjects(item, path + "[]", visited);
            }
        }

        foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertHoldsNoRoslynObjects(field.GetValue(value), path + "." + field.Name, visited);
        }
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, ImmutableArray<AdditionalText> Texts) FirstRun(IReadOnlyList<ArticleFile> files)
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files, TargetProfile.Net100, null, out ImmutableArray<AdditionalText> texts);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(TargetProfile.Net100);
        return (driver.RunGenerators(compilation), compilation, texts);
    }

    private static IncrementalStepRunReason[] Steps(GeneratorRunResult run, string name) =>
        run.TrackedSteps.TryGetValue(name, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray()
            : throw new Xunit.Sdk.XunitException($"No step named {name} ran.");

    private static void AssertAllOutputs(GeneratorRunResult run, params IncrementalStepRunReason[] allowed)
    {
        var outputs = run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.Contains(o.Reason, allowed));
    }
}
