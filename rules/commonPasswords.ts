// The most common passwords (from the public SecLists / RockYou top lists and common Chinese-keyboard ones), compared
// lower-cased: a password found here is refused because it is among the first a guesser tries.
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  `
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123 football monkey
letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael 654321 superman 1qaz2wsx 7777777
121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm asdfgh hunter buster soccer harley batman andrew
tigger sunshine iloveyou 2000 charlie robert thomas hockey ranger daniel starwars klaster 112233 george computer
michelle jessica pepper 1111 zxcvbn 555555 11111111 131313 freedom 777777 pass maggie 159753 aaaaaa ginger princess
joshua cheese amanda summer love ashley nicole chelsea biteme matthew access yankees 987654321 dallas austin thunder
taylor matrix mobilemail mom monitor monitoring montana moon moscow william corvette hello martin heather secret
merlin diamond 1234qwer gfhjkm hammer silver 222222 88888888 anthony justin test bailey q1w2e3r4t5 patrick internet
scooter orange 11111 golfer cookie richard samantha bigdog guitar jackson whatever mickey chicken sparky snoopy
maverick phoenix camaro peanut morgan welcome falcon cowboy ferrari samsung andrea smokey steelers joseph mercedes
dakota arsenal eagles melissa boomer booboo spider nascar monster tigers yellow xxxxxx 123123123 gateway marina
diablo bulldog qwer1234 compaq purple hardcore banana junior hannah 123654 porsche lakers iceman money cowboys 987654
london tennis 999999 ncc1701 coffee scooby 0000 miller boston q1w2e3r4 fuckoff brandon yamaha chester mother forever
johnny edward 333333 oliver redsox player nikita knight fender barney midnight please brandy chicago badboy slayer
rangers charles angel flower bigdaddy rabbit wizard bigdick jasper enter rachel chris steven winner adidas victoria
natasha 1q2w3e4r jasmine winter prince panties marine ghbdtn fishing cocacola casper james 232323 raiders 888888
marlboro gandalf asdfasdf crystal 87654321 12344321 golf 8675309 paradise 1q2w3e thx1138 asdf 1q2w3e4r5t stella
1qazxsw2 qwerty123 zaq12wsx a12345 a123456 woaini 5201314 qq123456 66666666 147258369 aa123456 woaini1314 wang1234
zhang123 li123456 123456a 123456aa 5211314 1314520 520520 521521 woaiwojia iloveyou1 abc123456 a1234567 a12345678
qwe123 qweasd qweasdzxc asd123 zxc123 123abc 123456abc abcd1234 aaa111 a1b2c3 a1b2c3d4 1a2b3c 112233445566 123456qq
qq5201314 7758521 7758258 1314521 5201314520 woainima nihao123 nihao 123456789a 0123456789 01234567 12301230 147258
147852 147852369 159357 159753456 258369 321321 456456 456789 520131 520131400 521125 741852 741852963 789456
789456123 852456 963852741 987456 1234abcd 1357924680 135792468 123465 1234560 12345600 1234566 1234568 123456789q
123456789z 12345678910 123456987 20082008 20102010 20112011 20122012 19841984 19851985 19861986 19871987 19881988
19891989 19901990 19911991 19921992 19931993 19941994 19951995 19961996 19971997 19981998 19991999 20002000 20012001
20022002 20032003 20042004 20052005 20062006 20072007 20092009 20132013 20142014 20152015 20162016 20172017 20182018
20192019 20202020 20212021 20222022 20232023 20242024 20252025 00000000 000000000 0000000000 1111111 111111111
1111111111 11112222 111222 112211 121314 123123a 1231234 12341234 123412345 12345123 123454321 1234512345
123456123456 12348765 1234321 131420 13141314 14789632 159951 168168 168888 188888 22222222 222222222 2222222222 2580
258258 2584 3333333 33333333 333333333 44444444 444444 4444444 5555555 55555555 555666 654123 6666666 666666666
666888 77777777 777777777 8888888 888888888 8888888888 88889999 99999999 999999999 9999999999 aaaaaaaa aaaaaaaaaa
abcdef abcdefg abcdefgh abcdefghi abcdefghij abc12345 abcabc abcabc123 abcd123 abcde abcdef123 admin admin123
admin1234 admin12345 admin888 administrator root root123 toor guest user user123 test123 test1234 testing demo
default changeme secret123 password1 password12 password123 password1234 passw0rd p@ssw0rd p@ssword pa55word pass123
pass1234 passwd qwerty1 qwerty12 qwerty1234 qwertyu qwertyui qwerty12345 qwert qwert123 asdfghjkl asdfghjk asdfg
asdf1234 zxcvbnm123 zxcvb zaq1xsw2 zaq12345 1qaz2wsx3edc 1qazxsw23edc 2wsx3edc 3edc4rfv qazwsxedc qazxsw qaz123
wsx123 1q2w3e4r5t6y 1q2w3e4r5t6y7u8i q1w2e3 q1w2e3r4t5y6 qweqwe qwe123qwe qwerasdf qwertyuiop123 asdasd asdasd123
asdqwe123 zxczxc zzzzzz zzzzzzzz xxxxxxxx iloveu iloveyou2 iloveyou123 loveyou lovely lover loveme love123 love1314
baby babygirl baby123 sweety sweetheart honey angel123 angels beautiful butterfly princess1 flower123 sunflower
superman1 batman123 spiderman ironman pokemon naruto doraemon hellokitty kitty kitten dragon123 dragons tiger
tiger123 monkey123 football1 baseball1 basketball soccer1 hockey1 liverpool chelsea1 manchester barcelona realmadrid
juventus arsenal1 chicken1 cheese1 cookie1 chocolate pepper1 banana1 orange1 apple apple123 computer1 internet1
google facebook youtube twitter linkedin yahoo hotmail gmail microsoft windows windows7 linux ubuntu mypassword
mypass letmein1 letmein123 welcome1 welcome123 hello123 hello1 hellohello hi123456 goodluck goodbye whatever1 nothing
something anything everything secret1 private public freedom1 liberty america usa123 china china123 chinese beijing
shanghai guangzhou shenzhen hangzhou nanjing wuhan chengdu tianjin huawei xiaomi lenovo tencent baidu alibaba taobao
zhongguo zhonghua woaizhongguo aini1314 aini520 wo123456 wocaonima caonima tingting xiaoxiao lili1234 jiajia feifei
yangyang huanghuan zhangwei wangwei liwei liuyang chenjie wangjing zhangjing liming lixiao weiwei qwe123456 qweqwe123
woshishui shanshan 123456789abc 1qa2ws3ed zxc123456 asd123456 aaa123456 abc123abc a5201314 z123456 q123456 w123456
s123456 x123456 aa12345678 qq1234 qq123 qq666666 qq888888 123456qwe 123qweasd 123qweasdzxc 1q2w3e4r5 q1w2e3r4t5y6u7
1234asdf asdf123 1qaz1qaz 1qaz 2wsx qazqaz wsxwsx 0987654321 987654321a 09876543 98765432 9876543210 8888 6666 1212
123 12 1 a aa aaa aaaa aaaaa 112233a 1122334455 11223344 1234554321 123321123 12345654321 1234567a 1234567q
1234567890a 123qwe123 qwe321 ewq321 321654 321654987 369258147 357159 951753 852963 753951 142536 142857 198412
198512 198612 198712 198812 198912 199012 199112 199212 199312 199412 199512 sunshine1 shadow1 master1 master123
michael1 jessica1 ashley1 jennifer1 daniel1 charlie1 jordan23 jordan1 michelle1 robert1 thomas1 andrew1 matthew1
joshua1 hunter1 buster1 killer1 harley1 ranger1 tigger1 maggie1 bailey1 summer1 nicole1 amanda1 samantha1 taylor1
anthony1 justin1 hannah1 morgan1 jackson1 chester1 oliver1 jasmine1 rachel1 phoenix1 merlin1 cowboy1 diamond1 silver1
purple1 yellow1 orange12 monster1 rainbow rainbow1 starwars1 trustno11 zxcvbnm1 asdfgh1 qazwsx1 qwerty11 qwerty7
qwerty01 abc1234 abcd12345 ab123456 abc123! password! password1! p@ssw0rd1 passw0rd! aa123456789 a123456789 admin@123
root@123 test@123 welcome@123 p@ssw0rd123 qwer!234 1qaz@wsx 1qaz!qaz abc@123 a1234567890 aaa12345 abc123abc123
zaq!2wsx 654321a 111111a 000000a 888888a 666666a 123456z zz123456 qwertyuio asdfghj zxcvbnmasdfghjkl poiuytrewq
lkjhgfdsa mnbvcxz !qaz2wsx qwerty! superstar superman123 starwars123 pokemon123 naruto123 minecraft fortnite roblox
gaming gamer playstation xbox360 nintendo zelda mario mario123 sonic destiny warcraft diablo2 counter cs123456 dota2
lol123456 leagueoflegends overwatch jesus jesus1 christ god godisgood blessed faith hope heaven angel1 michael123
jonathan nicholas christopher brian kevin jason eric david steve scott mark paul peter john mike jack chris1 alex
alexander alexis sophie emily emma olivia isabella mia charlotte amelia sophia grace lily chloe ella zoe lucy anna
maria sarah laura linda susan karen lisa nancy betty helen sandra donna carol ruth sharon dolphin dolphins elephant
giraffe penguin panda panda123 lion lionking eagle1 falcon1 shark wolf wolves bear bears horse horses puppy puppies
doggy doggie kitty1 kitkat pussycat cat123 dog123 fish fishing1 hunting outdoor camping travel summer2020 summer2021
summer2022 summer2023 summer2024 winter2020 spring2020 autumn fall2020 january february march april may june july
august september october november december monday tuesday friday sunday weekend holiday christmas newyear birthday
happy happy123 happyday smile smile123 sunny sunny123 moonlight starlight stars galaxy universe planet earth mars
venus jupiter saturn cosmos matrix1 neo trinity morpheus zion hacker hacked hack h4x0r l33t leet elite 1337 31337
iloveme myself mylove mybaby myname mylife life lifeisgood live music music123 guitar1 piano drums rock rocknroll
metallica nirvana beatles eminem rihanna beyonce justinbieber onedirection bts blackpink exo bigbang kpop jpop anime
manga otaku cosplay dance dancer singer artist painter writer reader student teacher doctor nurse police soldier army
navy marine1 airforce pilot driver engineer banker lawyer manager boss ceo money1 money123 cash dollar rich gold
golden diamond123 platinum ruby emerald sapphire crystal1 pearl jade amber coral ivory ebony onyx
`
    .split(/\s+/)
    .filter(Boolean),
);
