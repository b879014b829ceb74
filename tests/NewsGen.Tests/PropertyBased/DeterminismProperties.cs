using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.PropertyBased;

/// <summary>The same files give byte-identical generated files, whatever order they come in and however often the generator runs.</summary>
public sealed class DeterminismProperties
{
    private static readonly Gen<(ArticleCase Case, int[] Order)> CaseAndOrder =
        ArticleCase.Hostile(maxFiles: 6).SelectMany(@case => Gen.Shuffle(Enumerable.Range(0, @case.Files.Count).ToArray()).Select(order => (@case, order)));

    [Fact]
    public void Any_order_and_any_rerun_give_byte_identical_output() =>
        Property.ForAll(CaseAndOrder, input =>
        {
            (ArticleCase @case, int[] order) = input;
            GeneratorRun first = GeneratorHarness.Run(@case.Files, @case.Target);
            GeneratorRun shuffled = GeneratorHarness.Run(order.Select(i => @case.Files[i]), @case.Target);
            GeneratorDriver rerun = first.Driver.RunGenerators(GeneratorHarness.CreateCompilation(@case.Target));

            Dictionary<string, string> expected = Texts(first.Result);
            Assert.Equal(expected, Texts(shuffled.Result));
            Assert.Equal(expected, Texts(rerun.GetRunResult()));
        }, seed: 0x4E45_5753_0301, cases: 150, shrinkCases: 300, print: input => input.Case + " in order " + string.Join(",", input.Order));

    // Generated files by hint name. Equal strings (compared ordinally, char by char) encode to equal bytes; the
    // strings are compared because UTF-8 would hide a difference between two lone surrogates.
    private static Dictionary<string, string> Texts(GeneratorDriverRunResult result) =>
        result.Results.SelectMany(r => r.GeneratedSources)
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
}
