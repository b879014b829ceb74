using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Threading.Tasks;
using NewsGen.Tests.Infrastructure;
using NewsGen.Tests.Readme;
using Xunit;

namespace NewsGen.Tests.Integration;

/// <summary>
/// NewsGen stays with the project that references it. A library L references the packed package; an app A
/// references only L and has NewsArticle items of its own. A must get nothing of NewsGen (no package in its
/// restore, no generated code, its articles left alone) while L keeps its articles.
/// </summary>
public sealed class ReferencingProjectTests
{
    private const string LibraryArticle = "Markets rallied on Tuesday.\nAnalysts were surprised.\n";
    private const string AppArticle = "Prices fell on Monday.\nTraders were calm.\n";

    [Fact]
    public async Task The_README_reference_keeps_NewsGen_out_of_a_referencing_project_entirely()
    {
        string snippet = ReadmeSnippet.ItemGroup;
        Assert.Contains($"Version=\"{PackedPackage.Version}\"", snippet, StringComparison.Ordinal);

        (ConsumerProject library, ConsumerProject app) = await BuildLibraryAndAppAsync("ReadmeLib", "ReadmeApp", snippet);

        Assert.Empty(NewsGenPackagesIn(app));
        AssertNoNewsGenOutput(app, "ReadmeApp");
        AssertLibraryHasItsArticle(library, "ReadmeLib");
    }

    [Fact]
    public async Task A_reference_without_PrivateAssets_still_gives_a_referencing_project_no_generated_code()
    {
        // The bare line users write by hand: NuGet lets the package flow to A, and the package switches itself off there.
        string items = $"""
            <ItemGroup>
              <PackageReference Include="NewsGen" Version="{PackedPackage.Version}" />
              <NewsArticle Include="articles/**/*.txt" />
            </ItemGroup>
            """;

        (ConsumerProject library, ConsumerProject app) = await BuildLibraryAndAppAsync("BareLib", "BareApp", items);

        AssertNoNewsGenOutput(app, "BareApp");
        AssertLibraryHasItsArticle(library, "BareLib");
    }

    private static async Task<(ConsumerProject Library, ConsumerProject App)> BuildLibraryAndAppAsync(string libraryName, string appName, string libraryItems)
    {
        PackedFeed feed = await PackedPackage.GetAsync();
        const string properties = "    <TargetFramework>net10.0</TargetFramework>\n    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>";
        ConsumerProject library = ConsumerProject.CreateWithItems(feed, libraryName, properties, libraryItems)
            .WithFile("articles/lib-story.txt", LibraryArticle)
            .WithFile("Library.cs", "namespace Consumer\n{\n    /// <summary>The library's own code.</summary>\n    public static class Library\n    {\n    }\n}\n");
        ConsumerProject app = ConsumerProject.CreateWithItems(feed, appName, properties, $"""
              <ItemGroup>
                <ProjectReference Include="../{libraryName}/{libraryName}.csproj" />
                <NewsArticle Include="articles/**/*.txt" />
              </ItemGroup>
            """)
            .WithFile("articles/app-story.txt", AppArticle)
            .WithFile("App.cs", "namespace Consumer\n{\n    /// <summary>Uses the library.</summary>\n    public static class App\n    {\n        /// <summary>The library's type.</summary>\n        public static System.Type Library => typeof(Consumer.Library);\n    }\n}\n");

        CliResult build = await app.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString());
        return (library, app);
    }

    private static void AssertNoNewsGenOutput(ConsumerProject app, string name)
    {
        Assert.False(Directory.Exists(Path.Combine(app.Directory, "obj", "Debug", "net10.0", "generated", "NewsGen")), "NewsGen generated files in " + name);
        Assert.Empty(NewsGenTypes(Path.Combine(app.Directory, "bin", "Debug", "net10.0", name + ".dll")));
    }

    private static void AssertLibraryHasItsArticle(ConsumerProject library, string name)
    {
        string generated = Path.Combine(library.Directory, "obj", "Debug", "net10.0", "generated", "NewsGen", "NewsGen.Generation.NewsGenerator");
        Assert.Contains(Directory.GetFiles(generated, "NewsGen.Articles.*.g.cs"), file => File.ReadAllText(file).Contains("public static partial class LibStory", System.StringComparison.Ordinal));
        Assert.Contains("Consumer.Articles.LibStory", NewsGenTypes(Path.Combine(library.Directory, "bin", "Debug", "net10.0", name + ".dll")));
    }

    /// <summary>The names of NewsGen packages in the project's restore graph (targets and libraries of project.assets.json).</summary>
    private static IReadOnlyList<string> NewsGenPackagesIn(ConsumerProject project)
    {
        using JsonDocument assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(project.Directory, "obj", "project.assets.json")));
        IEnumerable<string> targets = assets.RootElement.GetProperty("targets").EnumerateObject().SelectMany(framework => framework.Value.EnumerateObject().Select(library => library.Name));
        IEnumerable<string> libraries = assets.RootElement.GetProperty("libraries").EnumerateObject().Select(library => library.Name);
        return targets.Concat(libraries).Where(n => n.StartsWith("NewsGen/", StringComparison.OrdinalIgnoreCase)).ToArray();
    }

    /// <summary>The full names of the types in <paramref name="dll"/> that carry [GeneratedCode("NewsGen", ...)].</summary>
    private static IReadOnlyList<string> NewsGenTypes(string dll)
    {
        var context = new AssemblyLoadContext("referencing-" + Path.GetFileNameWithoutExtension(dll), isCollectible: true);
        try
        {
            return context.LoadFromAssemblyPath(dll).GetTypes()
                .Where(t => t.GetCustomAttributesData().Any(a =>
                    a.AttributeType.FullName == "System.CodeDom.Compiler.GeneratedCodeAttribute" && Equals(a.ConstructorArguments[0].Value, "NewsGen")))
                .Select(t => t.FullName!)
                .ToArray();
        }
        finally
        {
            context.Unload();
        }
    }
}
