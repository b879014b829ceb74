using System.IO;
using System.Threading.Tasks;
using NewsGen.Tests.Infrastructure;

namespace NewsGen.Tests.Integration;

/// <summary>
/// A fresh project in a temporary folder, outside the repository (so none of its build settings leak in), that
/// consumes the packed NewsGen package the way a user would: one PackageReference and one NewsArticle line.
/// </summary>
internal sealed class ConsumerProject
{
    private ConsumerProject(string directory, PackedFeed feed)
    {
        Directory = directory;
        Feed = feed;
    }

    public string Directory { get; }

    private PackedFeed Feed { get; }

    public static ConsumerProject Create(PackedFeed feed, string name, string projectProperties, string extraItems = "") =>
        CreateWithItems(feed, name, projectProperties, $"""
              <ItemGroup>
                <PackageReference Include="NewsGen" Version="{PackedPackage.Version}" />
                <NewsArticle Include="articles/*.txt" />
            {extraItems}
              </ItemGroup>
            """);

    /// <summary>A project whose items are exactly <paramref name="items"/> (whole ItemGroup elements).</summary>
    public static ConsumerProject CreateWithItems(PackedFeed feed, string name, string projectProperties, string items)
    {
        string directory = Path.Combine(feed.Root, name);
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="newsgen-under-test" value="{feed.FeedFolder}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
            {projectProperties}
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <RootNamespace>Consumer</RootNamespace>
              </PropertyGroup>
            {items}
            </Project>
            """);
        return new ConsumerProject(directory, feed);
    }

    public ConsumerProject WithFile(string relativePath, string text)
    {
        string path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public Task<CliResult> BuildAsync() => DotNetCli.RunAsync("build -v:q", Directory, Feed.PackagesFolder);
}
