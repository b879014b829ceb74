using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Integration;

/// <summary>
/// README.md's "Metadata: front matter, byline, dateline" section, run as written: its article file through the
/// generator, its C# compiled against the result and run, and every <c>// comment</c> after a <c>WriteLine</c>
/// compared with what it printed (" / " separates the lines a loop prints).
/// </summary>
public sealed class MetadataReadmeTests
{
    private const string Heading = "## Metadata: front matter, byline, dateline";

    [Fact]
    public void The_readme_metadata_snippet_prints_what_its_comments_say()
    {
        string section = Section();
        string article = Block(section, "```text\n");
        string snippet = Block(section, "```csharp\n");
        string code = "using System;\nusing Demo.Articles;\nnamespace Demo\n{\n"
            + "    internal static class Console { public static readonly System.IO.StringWriter Out = new System.IO.StringWriter(); public static void WriteLine(string? line) => Out.WriteLine(line); public static void WriteLine(object? value) => Out.WriteLine(value); }\n"
            + "    internal static class Snippet\n    {\n        public static string Run()\n        {\n" + snippet + "\n            return Console.Out.ToString();\n        }\n    }\n}\n";
        var file = new ArticleFile("/project/articles/politics/budget.txt", article, Metadata: new Dictionary<string, string> { ["NewsGenRecursiveDir"] = "politics/" });

        GeneratorRun run = GeneratorHarness.Run(new[] { file }, globalOptions: new Dictionary<string, string> { ["build_property.NewsGenNamespace"] = "Demo.Articles" }, consumerCode: code);
        Assert.Empty(run.CompilationDiagnostics);
        using CompiledAssembly assembly = CompiledAssembly.Load(run.Compilation);
        string printed = (string)assembly.Call("Demo.Snippet", "Run")!;

        string[] expected = snippet.Split('\n')
            .Where(line => line.Contains("WriteLine", StringComparison.Ordinal) && line.Contains("// ", StringComparison.Ordinal))
            .SelectMany(line => line.Substring(line.LastIndexOf("// ", StringComparison.Ordinal) + 3).Trim().Split(" / "))
            .ToArray();
        Assert.Equal(10, expected.Length);
        Assert.Equal(expected, printed.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n'));
    }

    private static string Section()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        int start = readme.IndexOf(Heading, StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no section '" + Heading + "'");
        int end = readme.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
        return readme.Substring(start, (end < 0 ? readme.Length : end) - start);
    }

    private static string Block(string section, string fence)
    {
        int start = section.IndexOf(fence, StringComparison.Ordinal) + fence.Length;
        int end = section.IndexOf("```", start, StringComparison.Ordinal);
        return section.Substring(start, end - start);
    }
}
