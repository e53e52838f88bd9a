package org.vfmworkbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInReturnCookieTest {

    @Test
    void anAddressWithNothingNettyRefusesIsLeftAsItIs() {
        String address = "http://localhost:8080/regions/E12000001?year=2021-22&mode=anonymised";
        assertThat(SignInReturnCookie.sendable(address)).isTrue();
        assertThat(SignInReturnCookie.encoded(address)).isEqualTo(address);
    }

    @Test
    void semicolonsCommasQuotesBackslashesSpacesAndOtherLettersArePercentEncoded() {
        String address = "http://localhost/regions?year=a,b;c&q=\"x\\y z\"&p=£";
        assertThat(SignInReturnCookie.sendable(address)).isFalse();
        assertThat(SignInReturnCookie.encoded(address))
                .isEqualTo("http://localhost/regions?year=a%2Cb%3Bc&q=%22x%5Cy%20z%22&p=%C2%A3");
        assertThat(SignInReturnCookie.sendable(SignInReturnCookie.encoded(address)))
                .isTrue();
    }
}
