package vn.egov.workbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

import vn.egov.workbench.app.BuildInfo;

class BuildInfoTest {

    @Test
    void theBuildIdIsTheQualifier() {
        BuildInfo info = BuildInfo.of(new Version(1, 2, 3, "202611280315"));
        assertEquals("1.2.3", info.version());
        assertEquals("202611280315", info.buildId());
    }

    @Test
    void anUnstampedBundleIsADevelopmentBuild() {
        assertEquals("dev", BuildInfo.of(new Version(1, 0, 0, "qualifier")).buildId());
        assertEquals("dev", BuildInfo.of(new Version(1, 0, 0)).buildId());
    }

    @Test
    void theRunningProductHasAStampedBuildId() {
        BuildInfo info = BuildInfo.current();
        assertEquals("1.0.0", info.version());
        assertTrue(info.buildId().matches("\\d{12}"), "yyyyMMddHHmm qualifier expected, got " + info.buildId());
    }
}
