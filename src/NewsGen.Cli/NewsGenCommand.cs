using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using NewsGen.Cli.Checking;
using NewsGen.Cli.Show;
using NewsGen.Parsing;
using NewsGen.Parsing.Checks;

namespace NewsGen.Cli;

/// <summary>Wires the commands: <c>newsgen check</c> and <c>newsgen show</c>, and their options.</summary>
internal static class NewsGenCommand
{
    public const int Success = 0;
    public const int ErrorsFound = 1;
    public const int BadInput = 2;

    public static int Run(string[] args, CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "A project file (or a folder holding one), or article files and folders to search for *.txt files." };
        var paragraphs = new Option<ParagraphRule>("--paragraphs") { Description = "How lines make paragraphs (the NewsGenParagraphs property): Auto (decided per file: BlankLines when hard-wrapped, else Lines), Lines or BlankLines.", DefaultValueFactory = _ => ParagraphRule.Auto };
        var maxBytes = new Option<long>("--max-bytes") { Description = "The largest article accepted, in bytes of UTF-8 (NewsGenMaxArticleBytes).", DefaultValueFactory = _ => ArticleLimits.DefaultMaxArticleBytes };
        var maxParagraph = new Option<int>("--max-paragraph-length") { Description = "The longest paragraph accepted without NEWS009, in characters (NewsGenMaxParagraphLength).", DefaultValueFactory = _ => ArticleLimits.DefaultMaxParagraphLength };
        var requiredMetadata = new Option<string>("--required-metadata") { Description = "Front-matter keys every article must give, separated by ';' or ',' (NewsGenRequiredMetadata): NEWS024 on each article that lacks one.", HelpName = "keys" };
        maxBytes.Validators.Add(result => RequirePositive(result, result.GetValueOrDefault<long>()));
        maxParagraph.Validators.Add(result => RequirePositive(result, result.GetValueOrDefault<int>()));
        var format = new Option<CheckFormat>("--format") { Description = "text: one MSBuild-style line per diagnostic; sarif: a SARIF 2.1.0 log.", DefaultValueFactory = _ => CheckFormat.Text };
        var json = new Option<bool>("--json") { Description = "Print JSON: one article document for a file named alone, else one corpus document (articles, speakers, project diagnostics); schema in docs/newsgen-show.schema.json." };

        var check = new Command("check", "Report every NEWS diagnostic in article files, as a build would; exit code 1 when any is an error.") { paths, format };
        var show = new Command("show", "Print what the generator sees in article files: paragraphs, lede, credit, quotes, speakers, diagnostics.") { paths, json };

        // Both commands take the options that stand for the NewsGen properties, and pass on only those given.
        foreach (Option property in new Option[] { paragraphs, maxBytes, maxParagraph, requiredMetadata })
        {
            check.Options.Add(property);
            show.Options.Add(property);
        }

        Dictionary<string, string> PropertiesGiven(ParseResult result) => Properties(result, paragraphs, maxBytes, maxParagraph, requiredMetadata);
        check.SetAction(result => CheckCommand.Run(result.GetValue(paths)!, result.GetValue(format), PropertiesGiven(result), console));
        show.SetAction(result => ShowCommand.Run(result.GetValue(paths)!, result.GetValue(json), PropertiesGiven(result), console));

        var root = new RootCommand("newsgen: check and inspect NewsGen article files without a build.") { check, show };
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Bad usage is exit code 2, apart from 1 (errors found in the articles) that CI gates act on.
            foreach (System.CommandLine.Parsing.ParseError error in parsed.Errors)
            {
                console.Error.WriteLine("newsgen: " + error.Message);
            }

            console.Error.WriteLine("Run 'newsgen --help' for usage.");
            return BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = true });
    }

    /// <summary>
    /// The NewsGen properties the options given on the command line set. Only options actually given count: an
    /// option left out leaves the property to the project (or, for plain files, to the generator's default), as
    /// leaving out <c>-p:</c> on <c>dotnet build</c> does.
    /// </summary>
    private static Dictionary<string, string> Properties(ParseResult result, Option<ParagraphRule> paragraphs, Option<long> maxBytes, Option<int> maxParagraph, Option<string> requiredMetadata)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (result.GetResult(paragraphs) is { Implicit: false })
        {
            properties["NewsGenParagraphs"] = result.GetValue(paragraphs).ToString();
        }

        if (result.GetResult(maxBytes) is { Implicit: false })
        {
            properties["NewsGenMaxArticleBytes"] = result.GetValue(maxBytes).ToString(CultureInfo.InvariantCulture);
        }

        if (result.GetResult(maxParagraph) is { Implicit: false })
        {
            properties["NewsGenMaxParagraphLength"] = result.GetValue(maxParagraph).ToString(CultureInfo.InvariantCulture);
        }

        // Passed on as written: ProjectOptions parses the keys, for the tool as for the build.
        if (result.GetResult(requiredMetadata) is { Implicit: false })
        {
            properties["NewsGenRequiredMetadata"] = result.GetValue(requiredMetadata) ?? string.Empty;
        }

        return properties;
    }

    private static void RequirePositive(System.CommandLine.Parsing.OptionResult result, long value)
    {
        if (value <= 0)
        {
            result.AddError($"{result.Option.Name} must be a whole number greater than 0.");
        }
    }
}
