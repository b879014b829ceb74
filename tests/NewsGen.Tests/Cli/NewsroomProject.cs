using System.Collections.Generic;
using System.IO;
using NewsGen.Tests.Infrastructure;

namespace NewsGen.Tests.Cli;

/// <summary>
/// A project on disk laid out as a newsroom lays out its copy, holding every case where the CLI used to disagree
/// with the build: section folders with repeated file names, a date-folder tree, the reserved names
/// (<c>Text.txt</c>, <c>NewsArticle.txt</c>, <c>Paragraph3.txt</c>, <c>NewsCorpus.txt</c>, flat and in a folder),
/// <c>TypeName</c> and <c>Paragraphs</c> metadata (valid, clashing, invalid), two items with one id (a <c>Link</c>),
/// NewsGen properties, and the warning settings a variant gives. Each text is written to draw the diagnostic
/// its name says only under the project's settings, so a tool that ignores a setting reports something else.
/// </summary>
internal static class NewsroomProject
{
    public const string ProjectFileName = "Newsroom.csproj";

    /// <summary>The project's own settings: paragraphs are blank-line separated, and 200 characters is a long paragraph.</summary>
    public static IReadOnlyDictionary<string, string> Properties { get; } = new Dictionary<string, string>
    {
        ["build_property.NewsGenParagraphs"] = "BlankLines",
        ["build_property.NewsGenMaxParagraphLength"] = "200",
        ["build_property.RootNamespace"] = "Newsroom",
        ["build_property.NewsGenNamespace"] = string.Empty,
    };

    // Path below the project, the metadata MSBuild gives the item (NewsGenRecursiveDir from the wildcard), and the text.
    private static readonly (string Path, Dictionary<string, string> Metadata, string Text)[] Articles =
    {
        ("articles/business/001.txt", Dir("business/"), "Shares rose on Monday.\n\nThe market closed higher.\n"),
        // Unclosed quotation: NEWS003, a warning the variants raise or keep.
        ("articles/sport/001.txt", Dir("sport/"), "The home side won the final.\n\nFans sang \"all night long in the square.\n"),
        ("articles/2024/05/01/storm.txt", Dir("2024/05/01/"), "A storm hit the coast.\n\nCrews worked through the nightThe roads reopened at dawn.\n"),
        ("articles/Text.txt", Dir(string.Empty), "A story whose file is named Text.\n"),
        ("articles/NewsArticle.txt", Dir(string.Empty), "A story whose file is named NewsArticle.\n"),
        ("articles/Paragraph3.txt", Dir(string.Empty), "A story whose file is named Paragraph3.\n"),
        ("articles/NewsCorpus.txt", Dir(string.Empty), "A story whose file is named NewsCorpus.\n"),
        ("articles/politics/Text.txt", Dir("politics/"), "A story named Text in a section folder.\n"),
        // Wrapped at 72 columns with a quotation across the break: clean under the project's BlankLines.
        ("articles/wrapped.txt", Dir(string.Empty), "Council approves budget\n\nThe council approved the budget on Tuesday, and the mayor said \"this is\na good day for the city\" before the vote was taken.\n"),
        // The same layout forced to Lines by its metadata: the quotation breaks at the line end (NEWS003).
        ("articles/forced-lines.txt", With("Paragraphs", "Lines"), "Council approves budget\n\nThe council approved the budget on Tuesday, and the mayor said \"this is\na good day for the city\" before the vote was taken.\n"),
        // Two items asking for one TypeName in one namespace: NEWS011 on both.
        ("articles/typed.txt", With("TypeName", "Breaking"), "Breaking news from the newsroom.\n"),
        ("articles/alert.txt", With("TypeName", "Breaking"), "An alert from the newsroom.\n"),
        // Metadata NewsGen cannot use: NEWS012 at the start of the file.
        ("articles/bad-metadata.txt", With("Paragraphs", "Sideways"), "A story with a paragraph rule nobody knows.\n"),
        // Over the project's 200-character paragraph limit (NEWS009), well under the default 3000.
        ("articles/long.txt", Dir(string.Empty), "Long story.\n\n" + string.Join(" ", System.Linq.Enumerable.Repeat("The committee heard evidence all day.", 8)) + "\n"),
        // The same paragraph twice: NEWS008.
        ("articles/repeated.txt", Dir(string.Empty), "The same paragraph stands here.\n\nThe same paragraph stands here.\n"),
        // Outside articles/, listed with a Link that gives it the id of articles/business/001.txt: NEWS019 on both.
        ("extra/business/001.txt", new Dictionary<string, string> { ["Link"] = "business/001.txt" }, "A second copy of the business story.\n"),
    };

    /// <summary>Writes the project and its articles; returns the project file's path.</summary>
    /// <param name="folder">Where: the project's folder.</param>
    /// <param name="warningProperties">MSBuild properties for the project's PropertyGroup (NoWarn, WarningsAsErrors, ...).</param>
    /// <param name="globalConfig">A .globalconfig to write beside the project, or null.</param>
    public static string Write(TempFolder folder, string warningProperties, string? globalConfig = null)
    {
        foreach ((string path, _, string text) in Articles)
        {
            folder.WriteText(path, text);
        }

        if (globalConfig is not null)
        {
            folder.WriteText(".globalconfig", globalConfig);
        }

        // Outside the repository: none of its Directory.Build.* or central package settings apply.
        folder.WriteText("Directory.Build.props", "<Project />\n");
        folder.WriteText("Directory.Build.targets", "<Project />\n");
        folder.WriteText("Directory.Packages.props", "<Project />\n");
        // A C# file too: MSBuild looks for .globalconfig files in the folders above the Compile items.
        folder.WriteText("Marker.cs", "namespace Newsroom { internal static class Marker { } }\n");
        string src = Path.Combine(RepositoryRoot.Path, "src", "NewsGen");
        return folder.WriteText(ProjectFileName, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{src}/build/NewsGen.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Newsroom</RootNamespace>
                <NewsGenParagraphs>BlankLines</NewsGenParagraphs>
                <NewsGenMaxParagraphLength>200</NewsGenMaxParagraphLength>
                {warningProperties}
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{src}/NewsGen.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <NewsArticle Include="articles/**/*.txt" />
                <NewsArticle Update="articles/forced-lines.txt" Paragraphs="Lines" />
                <NewsArticle Update="articles/typed.txt;articles/alert.txt" TypeName="Breaking" />
                <NewsArticle Update="articles/bad-metadata.txt" Paragraphs="Sideways" />
                <NewsArticle Include="extra/business/001.txt" Link="business/001.txt" />
              </ItemGroup>
              <Import Project="{src}/build/NewsGen.targets" />
            </Project>
            """);
    }

    /// <summary>The articles as the compiler is handed them (full path, text, the item metadata MSBuild passes), for an in-memory compilation.</summary>
    public static List<ArticleFile> Files(TempFolder folder)
    {
        var files = new List<ArticleFile>();
        foreach ((string path, Dictionary<string, string> metadata, _) in Articles)
        {
            string full = folder.File(path);
            files.Add(new ArticleFile(full, CompilerFileReader.Read(full), Metadata: metadata));
        }

        return files;
    }

    private static Dictionary<string, string> Dir(string recursiveDir) => new() { ["NewsGenRecursiveDir"] = recursiveDir };

    private static Dictionary<string, string> With(string name, string value) => new() { ["NewsGenRecursiveDir"] = string.Empty, [name] = value };
}
