using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

/// <summary>Profile selection: .editorconfig over MSBuild over the default, none, and FAPI0001 for unknown values.</summary>
public sealed class FAPI0001_InvalidConfigurationTests
{
    private const string SharedSecretApi = """
        class Config
        {
            Client Create() => ClientBuilder.BuildApiClient("api", "secret").UseClientSecretJwtAuthentication().UseDPOPProof().Build();
        }
        """;

    [Fact]
    public Task The_default_profile_is_fapi2_security()
        => Verify.Analyzer(new[] { Verify.Usings + SharedSecretApi.Replace(".UseClientSecretJwtAuthentication()", ".{|FAPI1002:UseClientSecretJwtAuthentication|}()") + Verify.CompliantHost });

    [Fact]
    public Task The_MSBuild_property_selects_the_profile()
        => Verify.Analyzer(new[] { Verify.Usings + SharedSecretApi + Verify.CompliantHost }, globalConfig: "build_property.FapiProfile = fapi1_baseline\n");

    [Fact]
    public Task Editorconfig_wins_over_the_MSBuild_property()
        => Verify.Analyzer(
            new[] { Verify.Usings + SharedSecretApi.Replace(".UseClientSecretJwtAuthentication()", ".{|FAPI1002:UseClientSecretJwtAuthentication|}()") + Verify.CompliantHost },
            profile: "fapi2_security",
            globalConfig: "build_property.FapiProfile = fapi1_baseline\n");

    [Fact]
    public Task None_turns_analysis_off()
        => Verify.Analyzer(new[] { Verify.Usings + SharedSecretApi + Verify.CompliantHost }, profile: "none");

    [Fact]
    public Task An_unknown_editorconfig_value_is_reported_at_the_file_and_the_project_profile_applies()
        => Verify.Analyzer(
            new[] { "{|FAPI0001:|}" + Verify.Usings + SharedSecretApi + Verify.CompliantHost },
            profile: "fapi_two",
            globalConfig: "build_property.FapiProfile = fapi1_baseline\n",
            reportsAtFileStart: true);

    [Fact]
    public async Task An_unknown_MSBuild_value_is_reported_once_and_the_default_applies()
    {
        var source = Verify.Usings + SharedSecretApi.Replace(".UseClientSecretJwtAuthentication()", ".{|FAPI1002:UseClientSecretJwtAuthentication|}()") + Verify.CompliantHost;
        await Verify.Analyzer(new[] { source, Verify.Usings + "class Other { }" }, globalConfig: "build_property.FapiProfile = FAPI-2\n",
            expected: new[] { new DiagnosticResult("FAPI0001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithMessage("Unknown FAPI profile 'FAPI-2' in the MSBuild property FapiProfile; valid values: fapi1_baseline, fapi1_advanced, fapi2_security, fapi2_message_signing, none. Analysis continues with fapi2_security.") });
    }

    [Fact]
    public Task Profile_keys_are_case_insensitive_and_trimmed()
        => Verify.Analyzer(new[] { Verify.Usings + SharedSecretApi + Verify.CompliantHost }, globalConfig: "build_property.FapiProfile =  FAPI1_Baseline \n");
}
