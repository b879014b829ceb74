using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Analysis;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Integration;

/// <summary>
/// Help links come from one place, the RepositoryUrl and RepositoryBranch of NewsGen.csproj, which NuGet also writes
/// into the package: every link the analyzer declares points into that repository at an existing docs page.
/// </summary>
public sealed class HelpLinkTests
{
    private static readonly XElement Project = XDocument.Load(Path.Combine(RepositoryRoot.Path, "src", "NewsGen", "NewsGen.csproj")).Root!;

    private static string Property(string name) =>
        Project.Descendants(name).SingleOrDefault()?.Value ?? throw new InvalidOperationException("NewsGen.csproj sets no " + name);

    [Fact]
    public void Every_help_link_the_analyzer_declares_names_an_existing_docs_page_in_the_package_repository()
    {
        string pages = Property("RepositoryUrl") + "/blob/" + Property("RepositoryBranch") + "/docs/diagnostics/";

        var descriptors = new NewsArticleAnalyzer().SupportedDiagnostics;
        Assert.NotEmpty(descriptors);
        foreach (DiagnosticDescriptor descriptor in descriptors)
        {
            Assert.StartsWith(pages, descriptor.HelpLinkUri, StringComparison.Ordinal);
            string page = descriptor.HelpLinkUri.Substring(pages.Length);
            Assert.Equal(descriptor.Id + ".md", page);
            Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics", page)), descriptor.HelpLinkUri + " names no page in docs/diagnostics/");
        }
    }

    [Fact]
    public async Task The_package_declares_the_repository_the_help_links_point_into()
    {
        PackedFeed feed = await PackedPackage.GetAsync();

        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath);
        using Stream nuspecStream = package.GetEntry("NewsGen.nuspec")!.Open();
        XElement metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        XElement repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");

        string url = repository.Attribute("url")!.Value;
        string branch = repository.Attribute("branch")!.Value;
        Assert.StartsWith(url + "/blob/" + branch + "/docs/diagnostics/", DiagnosticDescriptors.HelpLinkBase, StringComparison.Ordinal);
    }
}
